/// What a renderer gives: text, or the UTF-8 bytes of a renderer that builds its output as
/// bytes. Bytes are written as they are: making a string of a national graph or report
/// checked every byte as UTF-8 and held a second copy, and writing it copied it back.
public enum RenderedOutput: Sendable {
    case text(String)
    /// UTF-8 bytes in pieces, written one after another: a renderer that writes parts on
    /// several threads hands them over as they are rather than copying them into one
    /// array; one that builds one array hands over one piece.
    case pieces([[UInt8]])
}
