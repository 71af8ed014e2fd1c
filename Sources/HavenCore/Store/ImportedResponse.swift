/// One response on its way into a store by import, already in the stored form. It borrows the
/// importer's buffers: valid only during the call it is passed to.
public struct ImportedResponse {
    /// The 16 bytes of the response's random id.
    public let id: UnsafeRawBufferPointer
    /// The quarter.
    public let period: Period
    /// The answers, encoded as the store keeps them.
    public let answers: UnsafeRawBufferPointer
}
