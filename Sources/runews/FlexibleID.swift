/// A document id as inputs give it: a JSON string or a number.
struct FlexibleID: Decodable {
    let value: String

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            value = string
        } else if let integer = try? container.decode(Int.self) {
            value = String(integer)
        } else {
            value = String(try container.decode(Double.self))
        }
    }
}
