package corpussearch.indexer.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether text has the shape of a publication's name and cleans names taken from legal
 * notices.
 *
 * <p>A name is one to six words, capitalised except for short connectors ("Times of India", "Voice
 * of the People"), ending in a capitalised word. Legal-entity suffixes (LLC, Inc., Ltd., Limited,
 * Corp., Co., PLC) are dropped because they name the company, not the publication; words such as
 * "Media" or "Group" are kept because many publications are called that.
 */
final class OutletNames {
  private static final int MAX_WORDS = 6;
  private static final int MAX_MASTHEAD_WORDS = 5;
  private static final int MAX_CHARS = 60;
  /** A place after an outlet's name: "Dori", "Cape Town", "Kota Kinabalu". */
  private static final int MAX_PLACE_WORDS = 3;

  /**
   * The small words a publication's name keeps in lower case: English connectors, and the articles
   * and "of" that French, Portuguese, Spanish, Italian, German and Dutch titles set between their
   * capitalised words ("Le Courrier du Sahel", "Jornal do Norte", "Corriere della Sera", "Stimme der Zeit").
   */
  private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "&", "for", "on", "in", "from", "de", "al", "el",
      "du", "des", "la", "le", "les", "do", "da", "dos", "das", "del", "della", "di", "der", "van", "von");

  /** Whether {@code word} joins the words of a name ("of", "for", "de"), in any case. */
  static boolean isConnector(String word) {
    return CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** A company's legal form after its name, in English and as other countries write it ("GmbH", "d.o.o.", "S.r.l."). */
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]++");
  private static final Pattern LEGAL_SUFFIX =
      Pattern.compile("(?i)[\\s,]+(?:l\\.?l\\.?c|inc|ltd|limited|corp|corporation|co|plc|gmbh|ag|kg|a/s|aps|asa?|ab|oy|oyj|s\\.?a|s\\.?a\\.?s|sarl|ltda|eireli|s\\.l|s\\.r\\.l"
          + "|s\\.p\\.a|spa|s\\.r\\.o|d\\.o\\.o|b\\.v|n\\.v|pty\\.? ltd|pte\\.? ltd|sdn\\.? bhd|bhd|sp\\.\\s?z\\s?o\\.\\s?o|kft|zrt|ehf)\\.?$");

  /**
   * The names of newspaper sections, which pages print alone above the headline ("OPINION",
   * "Local News"): a section of a publication, never the publication's name.
   */
  private static final Set<String> SECTION_NAMES =
      Set.of(
          ("news|local news|local|world|world news|national|nation|politics|business|money|markets"
               + "|economy|opinion|opinions|editorial|editorials|commentary|analysis|columns"
               + "|columnists|letters|sport|sports|health|science|technology|tech|culture|arts"
               + "|entertainment|lifestyle|life|travel|food|weather|obituaries|features|education"
               + "|environment|climate|crime|courts|community|region|metro|front page|home page|sections"
               // the paper's other editions, linked from the menu
               + "|e-paper|epaper|today's paper|print edition|digital edition"
               // what kind of document it is, printed where a masthead would stand
               + "|for immediate release|immediate release|press release|media release|news release"
               + "|media statement|press statement|joint statement|official statement|statement|media advisory|breaking|exclusive|live|update"
               + "|sponsored content|paid post|paid content|advertisement|explainer|interview|review|letters to the editor")
              .split("\\|"));

  /**
   * A research document's kind, which an institute prints on its cover and in its running header
   * where a paper prints its name: "POLICY BRIEF", "Working Paper", "Fact sheet" name the series;
   * the institute that issues it is the outlet.
   */
  private static final String DOCUMENT_KINDS =
      "(?:policy|issue|research|briefing|discussion|working|occasional|background|position|white|technical|analytical|country|special"
          + "|annual|quarterly|monthly|final|interim|progress|situation|status)"
          + "\\s+(?:brief|briefing|paper|note|report|memo)s?|fact\\s*sheet|policy\\s+(?:analysis|commentary)";
  private static final Pattern DOCUMENT_KIND = Pattern.compile("(?i)" + DOCUMENT_KINDS);
  private static final Pattern KIND_AFTER_NAME = Pattern.compile("(?i)(\\S.*?)\\s+(?:" + DOCUMENT_KINDS + ")");

  /**
   * A document's or an issue's number, "No. 2025/41", "Issue #112", "Vol. 3", "Nº 14", "117/2025":
   * a series or an issue a page prints beside its date, never a publication's name. Without a
   * label, a pair of numbers is one only with a year on one side: "Radio 24/7" is a name.
   */
  private static final Pattern NUMBERED_REFERENCE = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:no|nos|nr|n[º°]|núm|num|vol|issue|edition|number|número|numéro|édition|edición|edição)\\.?\\s{0,3}+#?\\d"
          + "|#\\d|(?<!\\d)(?:\\d{1,4}+/(?:19|20)\\d\\d|(?:19|20)\\d\\d/\\d{1,4}+)(?!\\d)");

  /**
   * Words a publisher adds after its name to say what kind of organisation it is ("NORDPRESS NEWS
   * AGENCY", "Acme Media Group"), where its datelines and copyright say just "Nordpress".
   */
  private static final Pattern ORGANISATION_TAIL =
      Pattern.compile(
          // an agency's service, with the scope it serves: "News Agency", "National Service", "International News Service"
          "(?i)\\s+(?:(?:(?:national|international|world|regional|state|domestic|foreign|overseas|english|general)\\s+)?"
              + "(?:news\\s+|wire\\s+|press\\s+)?(?:agency|service)|media\\s+group|news\\s+(?:(?:&|and)\\s+)?media|m[eé]dias?"
              // the company that owns a paper, as English and other languages' houses sign: "The Meridian Review Company", "… Éditions"
              + "|group|company|newspapers|publishers|publisher|publishing|publications|holdings|éditions|editora|ediciones)$");

  /**
   * The words a publication's name ends with to say what it is ("Kestrel Bay Herald", "Pamir
   * Wire", "Radio Kestral"): a name ending so is a publication's, where "Jane Doe" could be either.
   */
  private static final Set<String> PUBLICATION_WORDS =
      Set.of(
          ("herald|courier|times|news|post|gazette|journal|review|chronicle|observer|tribune|press|wire"
               + "|radio|magazine|echo|standard|mail|express|telegraph|record|mirror|guardian|monitor"
               + "|bulletin|dispatch|register|advertiser|examiner|inquirer|sentinel|beacon|clarion|crier"
               + "|ledger|signal|digest|network|media|online|today|weekly|daily|tv|fm|agency|service"
               + "|newsletter|podcast|blog|quarterly|gazette-journal")
              .split("\\|"));

  /** The same words in other languages that set them last: "Isar-Kurier", "Süddeutsche Zeitung", "Bergens Tidende". */
  private static final Set<String> FOREIGN_PUBLICATION_WORDS = Set.of(
      ("zeitung|kurier|rundschau|tageblatt|nachrichten|anzeiger|presse|dagblad|nieuwsblad|krant|tidning|tidende|posten|avisen"
          + "|gazeta|gazete|gazzetta|novosti|vesti|noticias|diario|jornal|giornale|quotidien|hebdo").split("\\|"));

  /**
   * The kind of paper first, after its article, as the Romance languages name theirs: "Le Quotidien
   * du Rhône", "La Gazzetta del Conero", "Il Corriere di Romagna", "El Diario de Navarra", "O
   * Jornal de Leiria".
   */
  private static final Pattern FOREIGN_KIND_FIRST = Pattern.compile(
      "(?iu)(?:le|la|il|lo|el|o|a|l['’])\\s*(?:quotidien|journal|courrier|gazette|gazzetta|corriere|giornale|messaggero|diario|peri[oó]dico"
          + "|jornal|correio|nouvelliste|progr[eè]s|r[eé]publicain|tribune|tribuna|eco|[eé]cho|voix|voz|dépêche|depeche)\\s+\\p{L}");

  private OutletNames() {}

  /** Whether {@code text} is the name of a newspaper section or a document's kind ("Opinion", "Press release", "Policy brief"). */
  static boolean isSectionName(String text) {
    String name = trimPunctuation(text);
    return SECTION_NAMES.contains(name.toLowerCase(Locale.ROOT)) || DOCUMENT_KIND.matcher(name).matches();
  }

  /** {@code name} without the document kind it ends with ("HKSI Policy Brief" → "HKSI"), if the rest is a name. */
  static Optional<String> withoutDocumentKind(String name) {
    Matcher kind = KIND_AFTER_NAME.matcher(name.strip());
    return kind.matches() ? Optional.of(kind.group(1)) : Optional.empty();
  }

  /** Whether {@code text} is a research document's kind ("Policy Brief", "WORKING PAPER"). */
  static boolean isDocumentKind(String text) {
    return DOCUMENT_KIND.matcher(trimPunctuation(text)).matches();
  }

  /** Whether {@code text} holds a series's or an issue's number ("No. 2025/41", "Issue #112"), which no name does. */
  static boolean hasNumberedReference(String text) {
    return NUMBERED_REFERENCE.matcher(text).find();
  }

  /** Whether {@code name} ends in a word that says it is a publication ("… Herald", "… Zeitung"), or opens with one ("Le Quotidien du …"). */
  static boolean hasPublicationWord(String name) {
    String[] words = trimPunctuation(name).toLowerCase(Locale.ROOT).split("[\\s-]+");
    return words.length > 0 && (PUBLICATION_WORDS.contains(words[words.length - 1]) || FOREIGN_PUBLICATION_WORDS.contains(words[words.length - 1]))
        || FOREIGN_KIND_FIRST.matcher(trimPunctuation(name)).lookingAt();
  }

  /** Whether {@code word} (in any case) says that a name is a publication's: "news", "herald", "tv". */
  static boolean isPublicationWord(String word) {
    return PUBLICATION_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** {@code name} without a legal suffix and the organisation words after it ("Nordpress News Agency Ltd" → "Nordpress"), if it has them. */
  static Optional<String> withoutOrganisationWords(String name) {
    Matcher tail = ORGANISATION_TAIL.matcher(withoutLegalSuffix(name));
    return tail.find() && tail.start() > 0 ? Optional.of(tail.replaceFirst("")) : Optional.empty();
  }

  /**
   * Whether {@code text} could be a publication's name. A navigation label ("Home", "Menu",
   * "Newsletter") is a link a page shows beside its logo, never its name.
   */
  static boolean isOutletName(String text) {
    String[] words = text.strip().split("\\s+");
    if (text.isBlank() || text.length() > MAX_CHARS || words.length > MAX_WORDS || NavigationLines.isNavigation(text.strip())) {
      return false;
    }
    if (!startsCapitalised(words[0]) || !startsCapitalised(words[words.length - 1])) {
      return false;
    }
    for (String word : words) {
      if (!startsCapitalised(word) && !isConnector(word)) {
        return false;
      }
    }
    return !hasNumberedReference(text) && !DateParser.find(text).isPresent();
  }

  /** One channel number or frequency after a word: "WQRV 9 News", "Radio Kestral 98.2". */
  private static final Pattern BROADCAST_NUMBER =
      Pattern.compile("(?<=\\p{L}\\s)\\d{1,3}(?:\\.\\d)?(?=\\s|$)");

  /**
   * Whether {@code line} could be a masthead: a short outlet-shaped line with no digits and no
   * sentence punctuation, so neither a headline nor a date. A broadcaster's channel or frequency
   * after a word ("WQRV 9 NEWS", "Radio Kestral 98.2") is part of its name; a date is still refused.
   */
  static boolean isMasthead(String line) {
    if (DateParser.find(line).isPresent()) {
      return false;
    }
    return isOutletName(line)
        && ArticleLines.wordCount(line) <= MAX_MASTHEAD_WORDS
        && BROADCAST_NUMBER.matcher(line).replaceFirst("").chars().noneMatch(Character::isDigit)
        && !line.matches(".*[.?!:;,]$")
        && !NavigationLines.isNavigation(line)
        && !isSectionName(line);
  }

  /**
   * Whether {@code text} writes the publication {@code name}, whatever its case and punctuation: a
   * rights line's "© 2024 Counter Terrorism Department, Khyber Pakhtunkhwa" writes the masthead's
   * "Counter Terrorism Department Khyber Pakhtunkhwa".
   */
  static boolean writes(String text, String name) {
    return squashed(text).contains(squashed(comparable(name)));
  }

  private static String squashed(String text) {
    return NOT_LETTER_OR_DIGIT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /**
   * {@code name} as two spellings of one publication compare: lower case, without a leading "the"
   * or a legal-entity suffix ("THE KESTREL HERALD", "Kestrel Herald Ltd." → "kestrel herald").
   */
  static String comparable(String name) {
    return withoutLegalSuffix(name).toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").strip();
  }

  /** {@code name} without trailing legal-entity suffixes and punctuation. */
  static String withoutLegalSuffix(String name) {
    String current = trimPunctuation(name);
    String previous;
    do {
      previous = current;
      current = trimPunctuation(LEGAL_SUFFIX.matcher(current).replaceFirst(""));
    } while (!current.equals(previous));
    return current;
  }

  /**
   * {@code text} without the place a broadcaster's or an agency's credit adds after a comma: "PAB
   * News, Dori" as "PAB News", "Radio Sahel, Niamey, Niger" as "Radio Sahel". Each part after the
   * name is a short capitalised place, with no publication word of its own ("Herald, Sun" is two
   * names); anything else leaves the text as it is.
   */
  static String withoutPlaceAfter(String text) {
    String[] parts = trimPunctuation(text).split("\\s*,\\s+");
    if (parts.length < 2 || !isOutletName(parts[0])) {
      return trimPunctuation(text);
    }
    for (int i = 1; i < parts.length; i++) {
      if (!isOutletName(parts[i]) || ArticleLines.wordCount(parts[i]) > MAX_PLACE_WORDS || hasPublicationWord(parts[i])) {
        return trimPunctuation(text);
      }
    }
    return parts[0];
  }

  /** Trailing separators and full stops, which notices leave behind ("Acme Media Inc."). */
  static String trimPunctuation(String text) {
    return text.strip().replaceAll("[\\s.,;:|&\\-–—]+$", "").strip();
  }

  /** A capitalised word after its elided article, "l'Eurasie", "d'Orient": French and Italian names set it so. */
  private static final Pattern ELIDED = Pattern.compile("[ldLD]['’](?=\\p{Lu})");

  private static boolean startsCapitalised(String word) {
    int first = ELIDED.matcher(word).lookingAt() ? word.codePointAt(2) : word.codePointAt(0);
    return Character.isUpperCase(first) || Character.isDigit(first);
  }
}
