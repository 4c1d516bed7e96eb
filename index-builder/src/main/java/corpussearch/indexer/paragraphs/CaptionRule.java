package corpussearch.indexer.paragraphs;

import java.util.regex.Pattern;

/**
 * Drops picture captions: a line of at most 60 words that opens with "Caption:", "Photo:",
 * "Photograph:", "Image:", "Picture:" or "Pictured:" (which a word may qualify: "Header image:",
 * "Featured photo:"), or their French, Spanish or Portuguese labels ("Foto:", "Légende :", "Crédit
 * photo :") (the photographer may stand between the word and the colon, "PHOTO | ALI HAJI: …"), or
 * with a bracketed media marker ("[Photo]", "[Image: …]", "[Video]", "[Graphic]", a text browser's
 * "[IMG]") that a scraper leaves where a picture stood, the whole block it opens however the
 * browser wrapped it; or a line that ends in a picture credit ("… on Monday night. (Herald photo by
 * Bea Lindgren)", "… Picture: Jo Lee", "… off Jolo. Credit: Pacific Herald/Jamie Cortez", "… near
 * Ségou. CPA/Jo Lee/File Photo", "… at Semporna. BNB: Azlan Mokhtar", "… Mabou. (photo submitted)",
 * "… Iloilo. Photo courtesy of the municipal information office", "… on Sunday. Photo courtesy: the
 * vigilance committee", "… in Mauritania [File: Zenith News]", "… in February. (Khalid Mansour for
 * The Capitol Ledger)", "… in Peshawar. — Online/File", "… in Peshawar. — File photo"), or that is
 * a credit alone, every word of the name capitalised ("FILE PHOTO BY DEAN HOLT | THE PLAINSMAN",
 * "Credit: Pacific Herald/Jamie Cortez"), or a picture's alternative text naming whom it shows
 * ("Photo of Teodoro Manalastas"); a caption's credit may also follow a bar ("… at Tandahimba.
 * PHOTO | REHEMA MOLLEL") or be the writer's own ("… Author's own work."); or a line that opens
 * with a figure's, map's, chart's or table's label and its number ("Figure 1: Reported attacks …",
 * "Map: …"), or that is the source note under one ("Source: author's dataset."); or a line that
 * opens with the label a page writes for screen readers before a picture's caption or source and a
 * comma after it ("Image caption, Water is delivered …", "Image source, Camp Relief Network",
 * "Media caption, …"), which a copy of the page carries along with the text.
 *
 * <p>Why: scrapers keep the caption of each picture where the picture stood; it describes the
 * picture, not the story. The label is required, so prose about a photograph is kept.
 */
final class CaptionRule extends PatternLineRule {
  /**
   * A credit naming whose picture it is, not who took it: "FHP file photo", "AP Photo", "Herald
   * file picture": one to three capitalised words (no article or possessive, which a sentence
   * would start with) before the word for a picture, and the caption ends there.
   */
  private static final String OWNER_CREDIT =
      "(?-i:(?!(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our|My|Your|One)\\s)(?:\\p{Lu}[\\p{L}.'’&-]*\\s+){1,3})"
          + "(?:file\\s+|archive\\s+|handout\\s+)?(?:photo|photograph|picture|image|pic)\\.?";
  /**
   * A credit saying where the picture came from, not who took it, in brackets: "(photo submitted)",
   * "(submitted photo)", "(photo courtesy of the museum)", "(supplied image)", "(file photo)".
   */
  private static final String SOURCE_CREDIT =
      "\\((?:(?:photos?|photographs?|pictures?|images?)\\s+(?:submitted|supplied|contributed|provided|courtesy(?:\\s+of)?\\b[^)]{0,60})"
          + "|(?:submitted|supplied|contributed|file|handout|courtesy)\\s+(?:photos?|photographs?|pictures?|images?))\\)";
  /** A capitalised name of one to five words, a person's or an agency's: "Jo Lee", "Local Photo Collective", "Getty Images". */
  private static final String CREDITED_NAME = "(?-i:\\p{Lu}[\\p{L}.'’&-]*+(?:\\s+\\p{Lu}[\\p{L}.'’&-]*+){0,4})";
  /**
   * The credit a caption ends with: "(Herald photo by Bea Lindgren)", "(Photo: Ana Ruiz/AP)",
   * "Picture: Raymond Kellet", "Photograph: Jo Lee/Reuters", "… on Thursday. - Photo by Desmond
   * Bailey", "… File photo: Radio Ariana", German's "… in Mastung. Bild: Asad Zaidi/Agentur
   * Südasien". A name follows the credit word; or, after a sentence, the photographer and the
   * outlet in brackets, "(Marcus Tegler/Gazette-Journal)"; or, after a sentence or in brackets, the
   * owner's credit ("… Music Center. FHP file photo"); or who supplied the picture through whom
   * ("(Jo Lee/Reuters via Getty Images)").
   */
  private static final String CREDIT_TAIL =
      "(?:\\((?:[\\p{L}.'’-]+ ){0,3}(?:photo|photograph|picture|image|file photo|foto)s?(?: by|\\s*:)\\s*\\p{Lu}[^)]{1,60}\\)"
          + "|(?<=[.!?]\\s)\\(\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3}\\s*/\\s*\\p{Lu}[^()/]{1,40}\\)"
          + "|(?<=[.!?]\\s)(?:[-–—|]\\s*)?(?:(?:file|archive|handout|stock)\\s+)?(?:photo|photograph|picture|image|credit|foto|crédit photo|crédito|bild)s?(?: by|\\s*[:|])\\s*\\p{Lu}[\\p{L}.'’ -]{1,40}(?:\\s*/\\s*[\\p{L}.'’ -]{2,40})?"
          + "|(?<=[.!?]\\s)" + OWNER_CREDIT + "|\\(" + OWNER_CREDIT + "\\)|" + SOURCE_CREDIT
          // the writer's own picture or map, as a blog credits it: "… in October 2025. Author's own work."
          + "|(?<=[.!?]\\s)(?:(?:the\\s+)?author['’]s\\s+)?own\\s+(?:work|photo|photograph|picture|image|map)\\.?"
          // the same source credit unbracketed after the caption: "… in Carles, Iloilo. Photo courtesy of the Carles municipal information office"
          + "|(?<=[.!?]\\s)(?:[-–—|]\\s*)?(?:photos?|photographs?|pictures?|images?|video)\\s+courtesy(?:\\s+of)?(?:\\s*+:)?\\s++[^.!?()]{2,80}\\.?"
          // a news channel's credit in square brackets, a label or a photographer and agency: "… in Mauritania [File: Zenith News]",
          // "… in Niamey [Issouf Sanogo/AFP]"; a writer's own insertion in a quote ("[sic]", "[the minister]") has neither
          + "|\\[(?:file|archive|handout|photo|picture|image)(?:\\s+(?:photo|picture|image))?\\s*:\\s*\\p{Lu}[^\\[\\]]{1,60}\\]\\s*"
          + "|\\[\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3}\\s*/\\s*\\p{Lu}[^\\[\\]/]{1,40}\\]\\s*"
          // who supplied the picture through whom, after the caption: "… on March 3. (Jo Lee/Reuters via Getty Images)",
          // "… (Local Photo Collective via Courier Images)"; every name capitalised, so a bracketed aside in prose is kept
          + "|(?<=[.!?]\\s)\\(" + CREDITED_NAME + "(?:\\s*/\\s*" + CREDITED_NAME + ")?\\s+via\\s+" + CREDITED_NAME + "\\)"
          // a wire picture's credit after the caption, agency and photographer joined by slashes, a licensing button's words
          // after it as the copy ran them together: "… October 28, 2026. AGENCY/Jo Lee/File Photo Purchase Licensing Rights"
          + "|(?<=[.!?]\\s)" + CREDITED_NAME + "(?:\\s*/\\s*" + CREDITED_NAME + "){1,2}(?-i:\\s+\\p{Lu}\\p{L}*+){0,3}"
          // an agency's archive picture after a dash, as South Asian papers credit it: "… in Peshawar. — Online/File", "… — AFP/File";
          // "— AFP" alone, which may close a story's last paragraph, credits the words
          + "|(?<=[.!?]\\s)[—–-]\\s*" + CREDITED_NAME + "\\s*/\\s*(?-i:File|FILE|Photo|Archive|Handout)(?:\\s+(?:photo|picture))?\\.?"
          + "|(?<=[.!?]\\s)[—–-]\\s*(?:file|archive|handout)\\s+(?:photo|picture|image)\\.?"
          // the outlet's initials and a colon before the photographer, after the caption: "… at Semporna on Sunday. BNB: Azlan Mokhtar"
          + "|(?<=[.!?]\\s)(?-i:\\p{Lu}{2,6}+):\\s*" + CREDITED_NAME
          // the photographer and the paper that commissioned the picture, in brackets after the caption:
          // "… in February. (Khalid Mansour for The Capitol Ledger)"; a person's name of two to four words, every name capitalised
          + "|(?<=[.!?]\\s)\\((?-i:\\p{Lu}[\\p{L}.'’-]*+(?:\\s+\\p{Lu}[\\p{L}.'’-]*+){1,3})\\s+for\\s+" + CREDITED_NAME + "\\)\\s*"
          // the paper that owns the picture, in brackets after the caption: "… in January. (The Hokkaido Herald)"
          + "|(?<=[.!?]\\s)\\((?-i:(?:The\\s+)?\\p{Lu}[\\p{L}'’&-]+(?:\\s+\\p{Lu}[\\p{L}'’&-]+){1,4})\\))\\s*";
  /**
   * The label a page gives screen readers before a picture's caption or its source, which a copied
   * page keeps with a comma where the hidden text ended: "Image caption, …", "Image source, …",
   * "Media caption, …", "Video caption, …". What follows is a caption or a name, so it opens in capitals;
   * a sentence that goes on in lower case after the two words and a comma ("Image source, the
   * ministry said, …") is kept.
   */
  private static final String SCREEN_READER_LABEL =
      "(?:image|media|video|photo|picture|audio)\\s+(?:caption|source|credit|description)\\s*,\\s*(?-i:[\\p{Lu}\\p{N}\"“‘']).*";
  /**
   * A caption's or a picture credit's label as French, Spanish and Portuguese pages print it: "Foto: EFE",
   * "Légende : …", "Crédit photo : …", "Pie de foto: …", "Legenda: …".
   */
  private static final String FOREIGN_LABEL =
      "fotos?|fotograf[íi]as?|légende|leyenda|legenda|pie\\s+de\\s+foto|crédits?\\s+photos?|crédito(?:\\s+(?:de\\s+)?foto(?:gráfico)?)?";
  /**
   * A figure's, map's, chart's or table's own caption, its label first, in English, French, Spanish
   * or Portuguese: "Figure 1: Reported attacks on markets, …", "Fig. 2 — …", "Map: …", "Chart 2 – …",
   * "Tableau 3. …", "Gráfico 1: …". A number and a stop, or a colon or a dash, must follow the word and a
   * capital open what it labels, so a sentence about a map or a figure ("Map 3 shows …", "Figure
   * skating returned …", "Table: the talks …") is kept.
   */
  private static final String FIGURE_LABEL =
      "(?:figure|fig\\.|chart|graph|map|table|graphic|infographic|diagram|exhibit|illustration|carte|graphique|tableau"
          + "|figura|gráfico|grafico|mapa|tabla|cuadro|tabela|quadro)"
          + "(?:\\s*+(?:\\d{1,3}+[a-z]?|(?-i:[IVX]{1,4}+))(?:\\.\\d{1,2}+)?\\s*+[:.—–-]|\\s*+[:—–])\\s*+(?-i:[\\p{Lu}\\p{N}\"“‘']).*";
  /**
   * The source note set under a figure, a map or a table, in any of the four languages: "Source: author's
   * dataset.", "Sources: ACLED; UNHCR", "Fuente: ONU", "Fonte: INE". One phrase of names, no sentence: a
   * stop only at its end, and no one speaking in it.
   */
  private static final String SOURCE_NOTE =
      "(?:data\\s+)?(?:sources?|fuentes?|fontes?|source\\s+des\\s+données|données|datos|dados)\\s*+:\\s*+"
          + "(?![^.!?]*\\b(?:said|says|told|dit|a\\s+déclaré|dijo|disse)\\b)[^.!?]{2,120}+\\.?";
  /** A scraper's or a text browser's mark where a picture stood: "[Photo]", "[Image: …]", "[IMG]". */
  private static final String MEDIA_WORD =
      "\\[\\s*(?:photo|photograph|image|img|picture|video|graphic|gallery|illustration|bild|foto|grafik|imagen|imagem|immagine|afbeelding)\\b";
  private static final String MEDIA_MARKER = MEDIA_WORD + "[^\\]]{0,200}\\]";
  /** A marker opening a block, closed on its first line before the caption ("[IMG] Lorries wait …") or on a later one ("[Bild: … Foto: Imago /"). */
  private static final Pattern OPENING_MARKER = Pattern.compile("(?iu)" + MEDIA_MARKER + "\\s*\\S.*|" + MEDIA_WORD + "[^\\]]{0,200}");
  private static final Pattern CAPTION =
      Pattern.compile(
          // a wire's photo notice may name the picture first: "PHOTO AVAILABLE: RPS-PIX-022. Caption: …"
          "(?iu)(?:(?:photos?|pictures?|images?)\\s+(?:available|attached|enclosed)\\b[^.]{0,60}[.:]\\s*)?(?:(?:(?:header|featured?|top|main|lead|hero|cover|banner|file|staff)\\s+)?(?:caption|photos?|photographs?|photography|images?|pictures?|pictured|" + FOREIGN_LABEL + ")(?:\\s*[|/]\\s*[\\p{L}.'’ -]{2,40}?)?\\s*:"
              + "\\s*\\S.*"
              // a marker alone on its line is the caption whole: "[Image: Kapana district, Plovdiv. Photo: …]"
              + "|" + MEDIA_MARKER + "(?:\\s*\\S.*)?)"
              // a credit standing alone where the picture was: "FILE PHOTO BY DEAN HOLT | THE PLAINSMAN", "Staff photo by Jo Lee"
              + "|(?:(?:file|staff|submitted|contributed)\\s+)?(?:photos?|photographs?|pictures?|images?)\\s+by\\s+"
              + "(?-i:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})(?:\\s*[|/,]\\s*(?-i:\\p{Lu}[\\p{L}.'’ &-]{1,40}))?"
              // a credit line of its own, a name or an owner and a photographer: "Credit: Pacific Herald/Jamie Cortez"
              + "|(?:(?:photo|image|picture)\\s+)?credits?\\s*:\\s*" + CREDITED_NAME + "(?:\\s*/\\s*" + CREDITED_NAME + ")?\\.?"
              // a picture's alternative text left where it stood, naming whom it shows: "Photo of Teodoro Manalastas"
              + "|(?:photo|picture|image|headshot|avatar)\\s+of\\s+(?-i:\\p{Lu}[\\p{L}.'’-]*+(?:\\s+\\p{Lu}[\\p{L}.'’-]*+){1,3})"
              + "|" + FIGURE_LABEL + "|" + SOURCE_NOTE + "|.*" + CREDIT_TAIL + "|" + SCREEN_READER_LABEL);
  private static final int MAX_WORDS = 60;

  CaptionRule() {
    super(CAPTION, MAX_WORDS);
  }

  @Override
  boolean opensWholeBlock(String first) {
    return OPENING_MARKER.matcher(first).matches();
  }

  @Override
  public DropReason reason() {
    return DropReason.CAPTION;
  }
}
