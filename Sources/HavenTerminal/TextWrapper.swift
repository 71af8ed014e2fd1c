/// Breaks text into lines that fit a width, at spaces where it can and inside a word only when
/// the word alone is too long. Line breaks in the text (paragraphs) are kept.
enum TextWrapper {
    /// The lines of `text` at `width` columns; `prefix` starts the first line and `indent` the
    /// others (an option's marker and the space under it).
    static func wrap(_ text: String, width: Int, prefix: String = "", indent: String = "") -> [String] {
        var lines: [String] = []
        var first = true
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let lead = first ? prefix : indent
            first = false
            lines += wrapParagraph(paragraph, width: width, lead: lead, indent: indent)
        }
        return lines
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int, lead: String, indent: String) -> [String] {
        var lines: [String] = []
        var line = lead
        var lineHasWord = false
        for word in paragraph.split(separator: " ") {
            var word = Substring(word)
            let needed = line.count + (lineHasWord ? 1 : 0) + word.count
            if lineHasWord && needed > width {
                lines.append(line)
                line = indent
                lineHasWord = false
            }
            if lineHasWord { line += " " }
            // A word longer than the room left is cut, so nothing runs past the edge.
            while line.count + word.count > width, width > line.count {
                let room = width - line.count
                line += word.prefix(room)
                word = word.dropFirst(room)
                lines.append(line)
                line = indent
            }
            line += word
            lineHasWord = !word.isEmpty || lineHasWord
        }
        if lineHasWord || lines.isEmpty {
            lines.append(lineHasWord ? line : lead.trimmingTrailingSpaces)
        }
        return lines
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
