/// A number with its noun, in the singular for one: "1 quote", "3 quotes", "0 articles".
/// Every count Byline prints in words goes through it, so that none says "1 articles".
public enum Quantity {
    /// `count` and `noun`, the noun made plural (`plural`, else `noun` + "s") unless `count` is 1.
    public static func phrase(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
    }
}
