package corpussearch.indexer.paragraphs;

/**
 * The labels of a "read also" box in the languages news sites print them in, and the bilingual
 * form a site in two languages gives them ("BERI TUDI / READ ALSO:", "Lexo edhe / Read also:").
 *
 * <p>Why a table: the label is a fixed phrase of each language, and it titles a linked headline, not
 * a sentence; the rules that use it still want the headline shape after it, so prose that happens to
 * contain the words ("Readers should also read the small print") is kept.
 */
final class ReadAlsoLabels {
  private ReadAlsoLabels() {}

  /** "Keep reading" and "read more" in English, as a label before a linked headline; a bare "More:" too, as US papers set it. */
  static final String ENGLISH = "read (?:more|also|next)|keep reading|continue reading|see also|also read|also|related|more|you (?:may|might) (?:also )?like";

  /** "Read also", "keep reading", "you may also like" and a list box's titles in other languages, lower case. */
  static final String FOREIGN =
      "beri(?:te)? tudi|preberite (?:tudi|še)|lexo (?:edhe|më shumë)|pročitaj(?:te)? (?:i|još|također|takođe)"
          + "|прочитајте (?:још|и)|читайте (?:также|також|еще)|czytaj (?:też|także|również|więcej)"
          + "|přečtěte si (?:také|též)|čítajte (?:aj|tiež)|lees ook|lesen sie auch|auch interessant|lire aussi|à lire aussi"
          + "|lea también|lee también|te puede interesar|te recomendamos|le recomendamos|leia também|veja também|leggi anche|citește și|citeste si"
          + "|διαβάστε επίσης|прочетете още|baca juga|soma pia|soma zaidi|ayrıca (?:okuyun|bakınız)|mwina mungakonde"
          + "|olvassa el (?:ezt )?is|loe ka|lasīt arī|skaitykite (?:taip pat|dar)|læs også|les også|läs också|lue myös"
          + "|sigue leyendo|seguir leyendo|lee más|leer más|lire la suite|weiterlesen|lees verder|leia mais|continue lendo"
          + "|leggi di più|continua a leggere|devamını oku|ayrıca oku|czytaj dalej|pročitajte više|читайте дальше"
          // a list box's title: "more on this topic", "related articles", "most read"
          + "|mehr zum thema|das könnte sie (?:auch )?interessieren|ähnliche artikel|weitere artikel|meistgelesen|sur le même sujet"
          + "|à lire également|dans la même rubrique|articles similaires|les plus lus|noticias relacionadas|artículos relacionados"
          + "|más noticias|lo más leído|notícias relacionadas|mais notícias|mais lidas|articoli correlati|più letti";

  /**
   * The English titles of a list box of links: "See also", "Related stories", "Most read", "Trending now",
   * "More from Sport", "More stories from The Dispatch", "Related slugs on this feed", "Latest local news", "Editor's picks", "Keep reading".
   */
  static final String LIST_TITLES =
      "see also|also see|related(?: [\\p{L}'’-]+)?(?: (?:on|in|from) this (?:feed|wire|service|site|topic))?"
          + "|read (?:also|more|next)|also read|more (?:(?:stories|news|articles)(?: (?:from|in|on|by) [\\p{L}'’ ]{1,40})?|(?:from|in) [\\p{L} ]{1,30}|on this (?:story|topic))"
          + "|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| articles| reading)?"
          + "|trending(?: now| stories| news| topics)?|most (?:read|popular|viewed|shared)|popular (?:posts|stories|articles|topics|now)"
          + "|(?:latest|recent|more|other|new|top)(?: [\\p{L}'’&-]+){0,3} (?:news|stories|articles|posts|headlines|reports)"
          + "|latest (?:from|in|on) [\\p{L} ]{1,30}|further reading|editor['’]?s picks"
          + "|in case you missed it|don['’]t miss|what to read next|keep reading|(?:full|more|complete) coverage";

  /**
   * A label in the site's own language before the English one, with a slash between: one to four
   * words. Only ever used together with a label that is known.
   */
  static final String BILINGUAL_PREFIX = "(?:[\\p{L}'’]+\\s+){0,3}[\\p{L}'’]+\\s*/\\s*";

  /**
   * A label and one linked headline on one line, after a colon or a bar ("Lire aussi | Iran : qui est …"),
   * maybe in the brackets a text browser draws around a link ("[ PROČITAJTE JOŠ / READ MORE: Žeželj
   * Bridge … ]") or after the number it gives the link ("[17]Read also: …"): group 1 is the headline.
   */
  static final String INLINE =
      "(?iu)(?:\\[\\d{1,4}\\])?[\\[(]?\\s*(?:" + BILINGUAL_PREFIX + ")?(?:" + FOREIGN + "|" + ENGLISH + "|" + LIST_TITLES + ")\\s*[:|]\\s*(.+?)\\s*[\\])]?";
}
