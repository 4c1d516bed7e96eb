package corpussearch.indexer.html;

import corpussearch.indexer.extract.NameAndDateShapes;
import java.util.regex.Pattern;

/**
 * Tells an organisation's name from a person's where markup puts either in an author field: a
 * news agency ("PTI", "The Dominion Press"), a department, a desk ("WPN Staff Reporter"). Content
 * systems fill the author with whatever account published the page, so the field's name says
 * nothing; the value's shape does.
 */
final class Organisations {

  /**
   * Words that name an institution, a publication or a newsroom role, never a given name or a
   * surname on their own: they mark "Department of Fisheries", "Dominion Press", "City Desk",
   * "Agence Mondiale Presse".
   */
  private static final Pattern INSTITUTION_WORD =
      Pattern.compile(
          "(?i)(?:^|\\s)(?:press|agency|agencies|news|newswire|wire|service|services|department|dept\\.?|ministry|office|directorate|secretariat|division|unit|administration"
              + "|council|government|authority|commission|committee|university|college|institute|institution"
              + "|association|society|foundation|trust|charity|media|group|network|company|corporation|inc\\.?|ltd\\.?"
              + "|llc|plc|co-operative|cooperative|co-op|alliance|coalition|consortium|initiative|programme|board|bureau|desk|team|staff|newsroom|reporter|reporters|correspondent|correspondents"
              + "|editors|editorial|centre|center|club|union|federation|league|police|publications|publishing"
              + "|newspaper|newspapers|magazine|radio|television|tv|online|digital|syndicate"
              // the same words in the languages of the agencies that wire copy: "Agence Mondiale Presse", "Agencia EFE", "Nachrichtenagentur"
              + "|agence|agencia|agência|agenzia|agentur|nachrichtenagentur|presseagentur|presse|prensa|imprensa|stampa|rédaction|redaktion|redacción|redação)(?=$|[\\s,.])");
  /**
   * One capitalised word ("Reuters", "Xinhua", "Bloomberg"): a person is credited by given name
   * and surname, an agency or a brand by its one name.
   */
  private static final Pattern SINGLE_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");
  /** Initials written as one word ("PTI", "AFP", "A.P."), an agency's or a desk's short name. */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}{2,6}|(?:\\p{Lu}\\.){2,6})");

  /** The last word of a newsroom role: "Staff Reporter", "Legal Correspondent", "Editorial Staff". */
  private static final Pattern ROLE_END =
      Pattern.compile("(?i).*\\b(?:staff|reporters?|correspondents?|writers?|columnists?|contributors?|editors?|desk)$");

  private Organisations() {}

  /** Whether {@code name} is a newsroom role rather than a publication ("Staff Reporter", "Metro Desk"). */
  static boolean isNewsroomRole(String name) {
    return name != null && ROLE_END.matcher(name.strip()).matches();
  }

  /**
   * Whether {@code name} names an organisation: ending or opening with a word that names an institution or a
   * newsroom role, or, when not shaped as a person's name, initials ("PTI"), one name ("Reuters"),
   * led by "The", or holding such a word anywhere.
   */
  static boolean isOrganisation(String name) {
    String value = name == null ? "" : name.strip();
    if (value.isEmpty()) {
      return false;
    }
    if (NameAndDateShapes.isPersonName(value)) {
      // "Harbour Wire", "Dominion Press", "Agenzia Stampa Mondiale": capitalised words, but the last or the first names the kind of body.
      String[] words = value.split("\\s+");
      return INSTITUTION_WORD.matcher(words[words.length - 1]).matches() || INSTITUTION_WORD.matcher(words[0]).matches();
    }
    return INITIALS.matcher(value).matches() || value.matches("(?i)^the\\s.*") || INSTITUTION_WORD.matcher(value).find()
        || SINGLE_NAME.matcher(value).matches();
  }

  /**
   * Whether {@code name}, read from {@code raw}, is only the start of an organisation's name there:
   * "Primary Industries" of "Primary Industries News Agency", where the capitalised words run on
   * with no comma or label between. "Jane Doe, Staff Writer" is a person and her role.
   */
  static boolean startsOrganisation(String name, String raw) {
    int at = raw == null ? -1 : raw.indexOf(name);
    return at >= 0 && raw.substring(at + name.length()).matches("\\s+\\p{Lu}.*") && isOrganisation(raw.substring(at));
  }

  /**
   * Whether {@code name} holds the whole of {@code outlet}'s name as words of its own ("Konkan Herald
   * Bureau", "Reporting for Prairie Sentinel"): a desk or a credit of the outlet, not a person.
   */
  static boolean containsName(String name, String outlet) {
    if (name == null || outlet == null) {
      return false;
    }
    String core = outlet.strip().replaceFirst("(?i)^the\\s+", "");
    return !core.isEmpty() && Pattern.compile("(?i)(?:^|\\W)" + Pattern.quote(core) + "(?:$|\\W)").matcher(name).find();
  }
}
