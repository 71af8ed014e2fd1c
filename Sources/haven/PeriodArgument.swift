import ArgumentParser
import HavenCore

extension Period: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
