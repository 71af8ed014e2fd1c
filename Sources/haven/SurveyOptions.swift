import ArgumentParser
import HavenCore

/// Options every command that reads survey modules shares.
struct SurveyOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A folder of survey modules that add to or replace the built-in ones.", valueName: "dir"))
    var surveys: String?

    @Option(name: .long, help: ArgumentHelp("The organisation's configuration file (default: $HAVEN_CONFIG, else ./haven.yaml).", valueName: "path"))
    var config: String?

    /// The survey library these options describe: `--surveys` wins over the configuration.
    func library(in context: CommandContext) throws -> SurveyLibrary {
        library(configuration: try configuration(in: context), in: context)
    }

    /// The survey library, for a command that has read the configuration already.
    func library(configuration: Configuration, in context: CommandContext) -> SurveyLibrary {
        SurveyLibrary(overrideDirectory: surveys.map(context.resolve) ?? configuration.surveysDirectory)
    }

    /// The organisation's configuration (`--config`, `HAVEN_CONFIG` or `./haven.yaml`), or the defaults.
    func configuration(in context: CommandContext) throws -> Configuration {
        try Configuration.load(explicitPath: config, environment: context.environment, workingDirectory: context.workingDirectory)
    }
}
