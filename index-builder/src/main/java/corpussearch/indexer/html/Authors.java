package corpussearch.indexer.html;

import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.NameAndDateShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Author names from markup values: cleaned, checked, and listed the way bylines list them. */
final class Authors {

  /** A contact card's label on a line of its own: "Media contact:", "Press enquiries", "Contact:". */
  private static final Pattern CONTACT_LABEL =
      Pattern.compile("(?i)(?:(?:media|press)\\s+(?:contacts?|enquiries|inquiries|relations)|contacts?)\\s*:?\\s*\\n");

  private static final int MAX_AUTHOR_WORDS = 8;
  /** A login handle ("admin", "jsmith", "web_editor", "@ewb_editor"): lower case or behind an at sign, no space; a name is written capitalised. */
  private static final Pattern HANDLE = Pattern.compile("@[\\p{L}\\d._-]+|[\\p{Ll}\\d._-]+");
  /**
   * The accounts and desks that content systems put where no person is named, Liferay's "Portal
   * Administrator" and Joomla's "Super User" among them.
   */
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?i)(?:(?:site|portal|system|default|super|web)\\s+)?(?:admin|administrator|webmaster|editor|editors|staff|guest|user|newsroom"
              + "|editorial(?:\\s+(?:team|staff|board|desk))?|(?:news|web|digital)\\s*desk)"
              // an outlet's account: "KSBT Digital Team", "TTBN Web", "Herald Online", "Courier Admin"
              + "|.*\\s(?:team|desk|staff|newsroom|editors|bureau|contributors|web|online|digital|admin|webmaster)");
  /** A library catalogue's "Okafor, Chidi": a surname, a comma, the given names. */
  private static final Pattern INVERTED =
      Pattern.compile("((?:(?:van|von|de|der|da|di|du|le|la|al|el|bin|ben)\\s+){0,3}\\p{Lu}[\\p{L}'’-]+),\\s*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)?)");

  private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*|\\s+/\\s+");

  private Authors() {}

  /**
   * Whether {@code name}, one of the names in {@code raw}, is a writer: a desk ("KSBT Digital Team")
   * or another organisation ("PTI", "The Dominion Press", "Department of Fisheries") is not an
   * author, nor is the outlet's own name. ({@link #candidate} has dropped "By", job titles, web
   * addresses, the site's name, login handles, and turned a catalogue's "Okafor, Chidi" round.)
   */
  private static boolean isWriter(String name, String raw, String outlet) {
    return !Organisations.isOrganisation(name) && !Organisations.containsName(name, outlet) && !Organisations.startsOrganisation(name, raw);
  }

  private static Optional<String> candidate(String raw, String outlet, String site) {
    String value = withoutOutletTail(raw == null ? "" : raw.strip(), outlet);
    if (value.isEmpty() || Outlets.isUrl(value) || Outlets.namesPartOf(value, outlet) || Outlets.matchesSite(value, site)
        || OutletShortForms.isShortFormOf(outlet, value) || OutletShortForms.isShortFormOf(value, outlet) || HANDLE.matcher(value).matches() || PLACEHOLDER.matcher(value).matches()) {
      return Optional.empty();
    }
    Matcher inverted = INVERTED.matcher(value);
    if (inverted.matches() && NameAndDateShapes.isPersonName(inverted.group(2) + " " + inverted.group(1))) {
      return Optional.of(inverted.group(2) + " " + inverted.group(1));
    }
    Optional<String> names = NameAndDateShapes.bylineNames(value);
    if (names.isPresent()) {
      return names;
    }
    String bare = value.replaceFirst("(?i)^by\\s+", "").strip();
    // a desk in the site's language ("Redaktion LGO", "Rédaction web") is no name, whatever shape it has
    boolean plausible = !bare.isEmpty() && bare.split("\\s+").length <= MAX_AUTHOR_WORDS && bare.chars().anyMatch(Character::isLetter)
        && !NameAndDateShapes.hasRoleWord(bare);
    return plausible ? Optional.of(bare) : Optional.empty();
  }

  /**
   * "By DAN OKAFOR Bay Journal" as "Dan Okafor": content systems that set the paper's name after
   * the writer's (TownNews, wire feeds) leave a byline that is a name, then the outlet; a name set
   * in capitals for style is written as a name.
   */
  static Optional<String> nameBeforeOutlet(String byline, String outlet) {
    String name = withoutOutletTail(byline.strip(), outlet);
    return name.equals(byline.strip()) ? Optional.empty() : Optional.of(name);
  }

  private static String withoutOutletTail(String value, String outlet) {
    if (outlet == null || outlet.isBlank() || value.length() <= outlet.length()
        || !value.regionMatches(true, value.length() - outlet.strip().length(), outlet.strip(), 0, outlet.strip().length())) {
      return value;
    }
    String name = value.substring(0, value.length() - outlet.strip().length()).replaceFirst("[\\s,|·•/–—-]+(?:(?i:of\\s+)?(?i:the)\\s*)?$", "").strip();
    String bare = name.replaceFirst("(?i)^by\\s+", "");
    String written = asWritten(bare);
    return NameAndDateShapes.isPersonName(written) ? written : value;
  }

  /** Names set in capitals for style ("PRIYA RAGHAVAN AND JEAN-LUC MOREAU") as they are written; other text as it is. */
  static String asWritten(String text) {
    return corpussearch.indexer.extract.NameCase.asWritten(text);
  }

  /**
   * The names of the first source in {@code sources} that names a person, with its rule; the
   * visible credits instead when they name everyone it names and more.
   */
  static FieldValue first(Map<String, List<String>> sources, String outlet, String site) {
    for (Map.Entry<String, List<String>> source : sources.entrySet()) {
      List<String> names = names(source.getValue(), outlet, site);
      // A meta author the page's visible credit does not name is the account that posted the page (a web
      // producer, the editor on duty): the byline the newsroom printed, or the name signing the text, names the writers.
      FieldValue shown = source.getKey().equals(HtmlRuleNames.META_AUTHOR) && !names.isEmpty() ? shownCredit(sources, outlet, site)
          : disagreeingByline(sources, names, outlet, site);
      if (shown.isKnown()) {
        List<String> credited = names(List.of(shown.value()), outlet, site);
        List<String> confirmed = names.stream().filter(credited::contains).toList();
        if (confirmed.isEmpty()) {
          return fuller(shown, credited, sources, outlet, site);
        }
        // A bio card may present one writer of several: the others it does not show are not thereby accounts.
        names = shown.rule().equals(HtmlRuleNames.AUTHOR_CARDS) ? names : confirmed;
      }
      if (!names.isEmpty()) {
        return fuller(FieldValue.of(join(names), source.getKey()), names, sources, outlet, site);
      }
    }
    return FieldValue.unknown();
  }

  /**
   * The text rules' author, less what names the outlet, its site or an organisation ({@link
   * #name}): those rules read lines, and the masthead above the date line reads to them like a
   * writer's name.
   */
  static FieldValue ofText(FieldValue author, String outlet, String site) {
    List<String> names = author.isKnown() ? names(List.of(author.value()), outlet, site) : List.of();
    return names.isEmpty() ? FieldValue.unknown() : FieldValue.of(join(names), author.rule());
  }

  /**
   * The text rules' author unless the page names them only under a contact label: "Media contact:
   * Jordan Pike, Communications Manager" under a press release is whom journalists call, not who wrote it.
   */
  static FieldValue notAContact(FieldValue author, List<String> pageBlocks) {
    List<String> naming = author.isKnown() ? pageBlocks.stream().filter(block -> block.contains(author.value())).toList() : List.of();
    boolean contact = !naming.isEmpty() && naming.stream().allMatch(block -> CONTACT_LABEL.matcher(block).lookingAt());
    return contact ? FieldValue.unknown() : author;
  }

  /** The names the first visible credit gives (byline, author cards, credit line, the name signing the text), with its rule. */
  private static FieldValue shownCredit(Map<String, List<String>> sources, String outlet, String site) {
    for (String visible : List.of(HtmlRuleNames.BYLINE, HtmlRuleNames.AUTHOR_CARDS, HtmlRuleNames.CREDIT_LINE, HtmlRuleNames.SIGN_OFF)) {
      List<String> shown = names(sources.getOrDefault(visible, List.of()), outlet, site);
      if (!shown.isEmpty()) {
        return FieldValue.of(join(shown), visible);
      }
    }
    return FieldValue.unknown();
  }

  /**
   * The visible byline when it lists several writers and none of them is among {@code names}: a
   * machine field (JSON-LD, a meta tag) that disagrees with a byline crediting two or more people
   * holds the account that posted the page ("Courier Web Editor") or a stale default, while the
   * newsroom typed the byline for this story.
   */
  private static FieldValue disagreeingByline(Map<String, List<String>> sources, List<String> names, String outlet, String site) {
    List<String> shown = names.isEmpty() ? List.of() : names(sources.getOrDefault(HtmlRuleNames.BYLINE, List.of()), outlet, site);
    boolean disagrees = shown.size() > 1 && names.stream().noneMatch(name -> shown.stream().anyMatch(other -> Outlets.sameName(name, other)));
    return disagrees ? FieldValue.of(join(shown), HtmlRuleNames.BYLINE) : FieldValue.unknown();
  }

  /**
   * The visible credits rather than {@code chosen} when they name everyone it names and more:
   * metadata often holds the first author only, and a bio card may present one writer of several,
   * where the byline, the cards, a credit line ("Written by A and B") or the signature under the
   * text list all of them.
   */
  private static FieldValue fuller(FieldValue chosen, List<String> names, Map<String, List<String>> sources, String outlet, String site) {
    for (String visible : List.of(HtmlRuleNames.BYLINE, HtmlRuleNames.AUTHOR_CARDS, HtmlRuleNames.CREDIT_LINE, HtmlRuleNames.SIGN_OFF)) {
      List<String> shown = names(sources.getOrDefault(visible, List.of()), outlet, site);
      if (namesAllOf(shown, names)) {
        return FieldValue.of(join(shown), visible);
      }
    }
    return chosen;
  }

  /**
   * The visible list of names ({@link NameLists}) rather than {@code chosen} when one of them names
   * everyone it names and more: Dublin Core or a meta tag often holds the first author only, where
   * the page shows "A &amp; B" in a credit line no byline rule knows.
   */
  static FieldValue listedWith(FieldValue chosen, Supplier<List<List<String>>> lists, String outlet, String site) {
    List<String> names = chosen.isKnown() ? names(List.of(chosen.value()), outlet, site) : List.of();
    for (List<String> list : names.isEmpty() ? List.<List<String>>of() : lists.get()) {
      List<String> shown = names(list, outlet, site);
      if (namesAllOf(shown, names)) {
        return FieldValue.of(join(shown), HtmlRuleNames.CREDIT_LINE);
      }
    }
    return chosen;
  }

  private static boolean namesAllOf(List<String> shown, List<String> names) {
    return shown.size() > names.size() && names.stream().allMatch(name -> shown.stream().anyMatch(other -> Outlets.sameName(name, other)));
  }

  /** The people {@code raws} name, each once, a byline's "A, B and C" counted as three. */
  static List<String> names(List<String> raws, String outlet, String site) {
    List<String> names = new ArrayList<>();
    for (String raw : raws) {
      // Split first: "Ms. A, Anguilla National Trust" names a writer and her organisation, not an organisation.
      for (String name : candidate(raw, outlet, site).map(Authors::split).orElse(List.of())) {
        if (!names.contains(name) && isWriter(name, raw, outlet)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /**
   * "A, B and C" (or "A / B", "A y B") as its names when each part is a name; otherwise the value
   * whole. An organisation after the last comma ("Ms. A, Anguilla National Trust") is the writers'
   * affiliation, not another writer.
   */
  static List<String> split(String value) {
    String names = withoutAffiliation(value.strip());
    List<String> parts = parts(names);
    boolean list = parts.size() > 1 && parts.stream().allMatch(NameAndDateShapes::isPersonName);
    return list ? parts : List.of(names);
  }

  private static List<String> parts(String value) {
    return List.of(LIST_SEPARATOR.split(value)).stream().flatMap(part -> NameAndDateShapes.conjoinedNames(part).stream()).toList();
  }

  private static String withoutAffiliation(String value) {
    int comma = value.lastIndexOf(',');
    String head = comma < 0 ? "" : value.substring(0, comma).strip();
    boolean affiliation = !head.isEmpty() && Organisations.isOrganisation(value.substring(comma + 1).strip())
        && parts(head).stream().allMatch(part -> NameAndDateShapes.isPersonName(part) && !Organisations.isOrganisation(part));
    return affiliation ? head : value;
  }

  /** "A", "A and B", "A, B and C": the way bylines list authors, which the text path keeps as is. */
  static String join(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }
}
