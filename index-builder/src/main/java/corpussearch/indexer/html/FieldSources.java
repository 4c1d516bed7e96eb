package corpussearch.indexer.html;

import corpussearch.indexer.extract.FieldValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Taking a field from the first source that states it, and the text path's view of a page's blocks. */
final class FieldSources {

  private FieldSources() {}

  /** The blocks as the text path's lines: a blank line between blocks. */
  static List<String> lines(List<String> blocks) {
    List<String> lines = new ArrayList<>();
    for (String block : blocks) {
      lines.addAll(List.of(block.split("\n")));
      lines.add("");
    }
    return lines;
  }

  /** {@code preferred} when known, else what {@code fallback} gives. */
  static FieldValue or(FieldValue preferred, Supplier<FieldValue> fallback) {
    return preferred.isKnown() ? preferred : fallback.get();
  }

  /** {@code supplier}, asked at most once: the text rules cost more than all markup sources together. */
  static <T> Supplier<T> once(Supplier<T> supplier) {
    Object[] value = new Object[1];
    return () -> {
      if (value[0] == null) {
        value[0] = supplier.get();
      }
      @SuppressWarnings("unchecked")
      T result = (T) value[0];
      return result;
    };
  }

  /** {@code sources} in the same order, but with {@code moved} straight after {@code anchor}. */
  static Map<String, String> after(Map<String, String> sources, String anchor, String moved) {
    Map<String, String> ordered = new LinkedHashMap<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      if (!source.getKey().equals(moved)) {
        ordered.put(source.getKey(), source.getValue());
      }
      if (source.getKey().equals(anchor)) {
        ordered.put(moved, sources.get(moved));
      }
    }
    return ordered;
  }

  /** The first source's value that {@code accept} takes (whitespace collapsed), with the source's name as its rule. */
  static FieldValue first(Map<String, String> sources, Function<String, Optional<String>> accept) {
    for (Map.Entry<String, String> source : sources.entrySet()) {
      String value = source.getValue();
      if (value == null || value.isBlank()) {
        continue;
      }
      Optional<String> accepted = accept.apply(value.strip().replaceAll("\\s+", " "));
      if (accepted.isPresent() && !accepted.get().isBlank()) {
        return FieldValue.of(accepted.get(), source.getKey());
      }
    }
    return FieldValue.unknown();
  }
}
