extension Double {
    /// The shortest plain form that reads back as the same value: "12" for 12.0, "0.5" for 0.5;
    /// for text a user edits (a form field's value, its allowed range), which must not lose
    /// digits. Figures shown to read go through PilotKit's `NumberText.display`.
    public var compactDescription: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
