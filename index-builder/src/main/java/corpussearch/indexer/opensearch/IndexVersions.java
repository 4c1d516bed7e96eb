package corpussearch.indexer.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions of the paragraph index behind an alias: each build writes {@code alias-vN}, N the
 * next free number, and then moves the alias to it. Pure functions, tested without a cluster.
 */
public final class IndexVersions {

  /** OpenSearch's rule for index names, kept to the characters an alias here needs. */
  private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9_\\-]{0,199}");

  private static final ObjectMapper JSON = new ObjectMapper();

  private IndexVersions() {}

  /** Whether {@code alias} can name an alias and, with {@code -vN}, its indices. */
  static boolean validAlias(String alias) {
    return alias != null && ALIAS.matcher(alias).matches();
  }

  /** The name of version {@code n}. */
  static String name(String alias, int n) {
    return alias + "-v" + n;
  }

  /** The pattern that lists every version ({@code alias-v*}). */
  static String pattern(String alias) {
    return alias + "-v*";
  }

  /** The version number of {@code index}, or empty when it is no version of {@code alias}. */
  public static OptionalInt number(String alias, String index) {
    Matcher matcher = Pattern.compile(Pattern.quote(alias) + "-v([1-9][0-9]{0,8})").matcher(index);
    return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
  }

  /** The next free version: one more than the highest among {@code indices}, 1 when there is none. */
  static int next(String alias, Collection<String> indices) {
    return indices.stream().map(index -> number(alias, index)).filter(OptionalInt::isPresent)
        .mapToInt(OptionalInt::getAsInt).max().orElse(0) + 1;
  }

  /**
   * The body of the one {@code _aliases} request that moves {@code alias} from {@code current}
   * (the indices it names now, maybe none) to {@code next}: OpenSearch applies all its actions at
   * once, so a search sees either the old index or the new one, never both or neither.
   */
  static ObjectNode swap(String alias, Collection<String> current, String next) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode actions = body.putArray("actions");
    for (String index : current) {
      actions.addObject().putObject("remove").put("index", index).put("alias", alias);
    }
    actions.addObject().putObject("add").put("index", next).put("alias", alias);
    return body;
  }

  /**
   * The versions to delete once the alias names {@code next}: every version of {@code alias}
   * except {@code next} and {@code kept} (the one the alias named before, kept for going back).
   */
  static List<String> obsolete(String alias, Collection<String> indices, String next, Collection<String> kept) {
    return indices.stream()
        .filter(index -> number(alias, index).isPresent())
        .filter(index -> !index.equals(next) && !kept.contains(index))
        .sorted()
        .toList();
  }
}
