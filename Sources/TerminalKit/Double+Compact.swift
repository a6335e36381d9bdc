extension Double {
    /// The shortest plain form: "12" for 12.0, "0.5" for 0.5.
    public var compactDescription: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
