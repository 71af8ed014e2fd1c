import Foundation

/// The text forms of groups and tables in the ledger: JSON, because dimension values from open
/// lists (site names) may hold any character.
enum LedgerCoding {
    static func encode(_ group: GroupKey) -> String {
        json(group.conditions.map { [$0.dimension, $0.value] })
    }

    static func decodeGroup(_ text: String) -> GroupKey? {
        guard let pairs = try? JSONDecoder().decode([[String]].self, from: Data(text.utf8)), pairs.allSatisfy({ $0.count == 2 }) else { return nil }
        return GroupKey(pairs.map { GroupCondition(dimension: $0[0], value: $0[1]) })
    }

    private struct TableForm: Codable {
        var dimensions: [String]
        var filter: [[String]]
    }

    static func encode(_ tables: [BreakdownTable]) -> String {
        let forms = tables.map { TableForm(dimensions: $0.dimensions, filter: $0.filter.map { [$0.dimension, $0.value] }) }
        return (try? String(decoding: JSONEncoder.sorted.encode(forms), as: UTF8.self)) ?? "[]"
    }

    static func decodeTables(_ text: String) -> [BreakdownTable]? {
        guard let forms = try? JSONDecoder().decode([TableForm].self, from: Data(text.utf8)) else { return nil }
        return forms.map { form in
            BreakdownTable(dimensions: form.dimensions, filter: form.filter.compactMap { $0.count == 2 ? GroupCondition(dimension: $0[0], value: $0[1]) : nil })
        }
    }

    private static func json(_ value: [[String]]) -> String {
        (try? String(decoding: JSONEncoder.sorted.encode(value), as: UTF8.self)) ?? "[]"
    }
}

extension JSONEncoder {
    fileprivate static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
