package corpussearch.opensearch;

import java.util.List;
import java.util.Map;

/** Writes the maps, lists, strings, numbers and booleans of the generated settings as JSON, indented. */
final class Json {

  private Json() {}

  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, "", out);
    return out.append('\n').toString();
  }

  private static void write(Object value, String indent, StringBuilder out) {
    String inner = indent + "  ";
    if (value instanceof Map<?, ?> map) {
      out.append('{');
      String separator = "\n";
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(separator).append(inner);
        string(entry.getKey().toString(), out);
        out.append(": ");
        write(entry.getValue(), inner, out);
        separator = ",\n";
      }
      out.append('\n').append(indent).append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      String separator = "\n";
      for (Object item : list) {
        out.append(separator).append(inner);
        write(item, inner, out);
        separator = ",\n";
      }
      out.append('\n').append(indent).append(']');
    } else if (value instanceof String text) {
      string(text, out);
    } else {
      out.append(value);
    }
  }

  /** A JSON string: quotes, backslashes and control characters escaped, anything else as it is. */
  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
