/// A certificate for protected quantities that no published number sets apart from other cells:
/// moving a person between two cells that lie in exactly the same published sums changes no
/// published number, so an attacker cannot tell a table where people moved into the protected
/// quantity from the true one.
///
/// Two kinds of move are covered at once, as both are a cell changing for another in the same
/// published sums: exchanging people between atoms (when a national report withholds every table
/// naming the site, each site's hidden cells can be filled from any other site's respondents of the
/// same role), and changing an answer within an atom (when a question's figures are all hidden,
/// only group sizes tie its cells). This proves a quarter's millions of such quantities safe by
/// summing spare people once per class, where the move search would first build the system's model
/// over every atom, and it proves what that search, confined to a few cells at a time, cannot.
///
/// A person moves only out of a cell that keeps at least one person: every lower bound the attacker
/// holds (a hidden group is not empty, a hidden count is not zero, an insider's own answer) is a sum
/// of cells that are positive in the true table, so each still holds after the moves. What the
/// certificate cannot prove, the caller audits in full.
struct ExchangeCertifier {
    private let values: [Int]
    /// Each unknown's class: the unknowns in exactly the same published sums. In 32 bits, as a
    /// system's unknowns are (`LinearTerms`): a national quarter's final audit holds the classes
    /// of every unknown of two question systems at once.
    private let classes: [Int32]
    /// Per class, the people who may leave their cell.
    private let spare: [Int]

    /// A certifier for unknowns whose true values are `values`, where the attacker knows the sum of
    /// each of `published` (sets of unknowns).
    init<Sum: Collection>(values: [Int], published: [Sum]) where Sum.Element: BinaryInteger {
        precondition(values.count < Int(Int32.max) && published.count < Int(Int32.max), "a system's unknowns and sums are numbered in 32 bits")
        self.values = values
        // Classes refined one sum at a time: each class splits into its members inside the sum and
        // the rest. A list of sums per unknown, hashed, took 7 % of a national report's time.
        var classes = [Int32](repeating: 0, count: values.count)
        // Per class, the last sum that split it and the class its members in that sum moved to.
        // A class is only made by splitting one, so there are at most one more than unknowns:
        // room for that many is kept at once, where lists grown by doubling held up to twice it,
        // 10 MB of a national quarter's final audit.
        var splitBy: [Int32] = [-1]
        var movedTo: [Int32] = [0]
        splitBy.reserveCapacity(values.count + 1)
        movedTo.reserveCapacity(values.count + 1)
        for (sum, variables) in published.enumerated() {
            let sum = Int32(sum)
            let firstNew = Int32(splitBy.count)
            for variable in variables {
                let old = classes[Int(variable)]
                // A class made by this sum holds unknowns already moved (listed twice).
                guard old < firstNew else { continue }
                if splitBy[Int(old)] != sum {
                    splitBy[Int(old)] = sum
                    movedTo[Int(old)] = Int32(splitBy.count)
                    splitBy.append(-1)
                    movedTo.append(0)
                }
                classes[Int(variable)] = movedTo[Int(old)]
            }
        }
        self.classes = classes
        var spare = [Int](repeating: 0, count: splitBy.count)
        for variable in values.indices {
            spare[Int(classes[variable])] += Self.spare(values[variable])
        }
        self.spare = spare
    }

    /// The interval that moving every spare person of the quantity's classes into it proves, from
    /// its true `value` up; nil when nobody can move in.
    func interval(of variables: [Int], value: Int) -> AttackerInterval? {
        // The quantity's classes, each counted once, found by sorting rather than hashing: most
        // quantities have a handful of unknowns, and a national audit asks for 35,000 of them a
        // system.
        var classesInside = variables.map { classes[$0] }
        classesInside.sort()
        var rise = 0
        for (offset, someClass) in classesInside.enumerated() where offset == 0 || classesInside[offset - 1] != someClass {
            rise += spare[Int(someClass)]
        }
        for variable in variables {
            rise -= Self.spare(values[variable])
        }
        return rise > 0 ? AttackerInterval(lower: value, upper: value + rise) : nil
    }

    /// The least rises of groups, one after another: per category, the least rise
    /// `interval(of:value:)` finds for any quantity summing some of a group's unknowns of that
    /// category. A quantity's rise adds, for each class it touches, that class's spare people
    /// outside it, so it is at least that term for any one of its classes, taken outside all of
    /// the group; a quantity summing several categories rises at least as far as the best of them.
    ///
    /// The people inside the group are summed per class in space kept from group to group: a
    /// national quarter asks this of eleven thousand groups in each of thirty systems, and a
    /// sorted list made for each took most of the audit.
    struct GroupRises {
        private let certifier: ExchangeCertifier
        /// Categories per atom: unknown `atom * width + category`.
        private let width: Int
        /// Per class, the spare people inside the group last asked about, valid where `asked`
        /// holds that group's number.
        private var inside: [Int]
        private var asked: [Int]
        private var groupNumber = 0

        init(_ certifier: ExchangeCertifier, width: Int) {
            self.certifier = certifier
            self.width = width
            inside = Array(repeating: 0, count: certifier.spare.count)
            asked = Array(repeating: 0, count: certifier.spare.count)
        }

        /// Per category, the least rise of a quantity of the group of merged `atoms`.
        mutating func of(atoms: [Int]) -> [Int] {
            groupNumber += 1
            for atom in atoms {
                for variable in (atom * width)..<(atom * width + width) {
                    let someClass = Int(certifier.classes[variable])
                    if asked[someClass] != groupNumber {
                        asked[someClass] = groupNumber
                        inside[someClass] = 0
                    }
                    inside[someClass] += ExchangeCertifier.spare(certifier.values[variable])
                }
            }
            var least = [Int](repeating: .max, count: width)
            for atom in atoms {
                for category in 0..<width {
                    let someClass = Int(certifier.classes[atom * width + category])
                    least[category] = min(least[category], certifier.spare[someClass] - inside[someClass])
                }
            }
            return least.map { $0 == .max ? 0 : $0 }
        }
    }

    private static func spare(_ count: Int) -> Int {
        max(count - 1, 0)
    }
}
