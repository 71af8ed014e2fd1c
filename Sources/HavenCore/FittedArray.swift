extension Array {
    /// The same elements in a buffer of their own size, where appending left much room to spare:
    /// a list grown by doubling keeps up to as much again as it holds, and the engine keeps a
    /// national quarter's million withheld figures through its audit.
    consuming func fitted() -> [Element] {
        guard capacity - count > count / 16 else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = buffer.initialize(fromContentsOf: self)
        }
    }
}
