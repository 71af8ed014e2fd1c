// libcsv takes plain C function pointers plus one context pointer, so these are top-level
// functions (no captures, hence convertible to `@convention(c)`) and the context is always the
// session's `RowBuffer`.

/// libcsv's field callback: `data` is valid only during the call, so the bytes are copied now.
/// Inlined into the C entry thunk, since it runs once per field.
@inline(__always)
func csvFieldCallback(_ data: UnsafeMutableRawPointer?, _ count: Int, _ context: UnsafeMutableRawPointer?) {
    guard let context else {
        return
    }
    context.assumingMemoryBound(to: RowBuffer.self).pointee.appendField(UnsafeRawPointer(data), count: count)
}

/// libcsv's row callback. The record is not delivered from here: the caller's closure may throw,
/// and a Swift error must not unwind through C frames.
func csvRowCallback(_ terminator: Int32, _ context: UnsafeMutableRawPointer?) {
    context?.assumingMemoryBound(to: RowBuffer.self).pointee.rowEnded = true
}

/// libcsv trims spaces and tabs around unquoted fields unless told that nothing is a space;
/// survey answers keep their bytes exactly as written.
func csvNothingIsSpace(_ character: UInt8) -> Int32 {
    0
}
