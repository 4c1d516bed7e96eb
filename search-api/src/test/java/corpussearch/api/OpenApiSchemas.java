package corpussearch.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** The response schemas of the OpenAPI document, for checking real answers against them, whichever backend gave them. */
public final class OpenApiSchemas {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode spec;

  /** @param spec the document, as {@code /openapi.json} serves it */
  public OpenApiSchemas(JsonNode spec) {
    this.spec = spec;
  }

  /**
   * The media type the document gives the answer {@code status} of the route {@code path}, or
   * null when it documents none.
   */
  public String mediaType(String path, int status) {
    JsonNode content = content(path, status);
    return content.isMissingNode() ? null : content.fieldNames().next();
  }

  /** What is wrong with {@code body} as the answer {@code status} of the route {@code path} (nothing: empty). */
  public Set<ValidationMessage> validate(String path, int status, JsonNode body) {
    JsonNode content = content(path, status);
    ObjectNode schema = JSON.createObjectNode();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.setAll((ObjectNode) content.get(content.fieldNames().next()).get("schema").deepCopy());
    schema.set("$defs", spec.get("components").get("schemas"));
    String text = schema.toString().replace("#/components/schemas/", "#/$defs/");
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text).validate(body);
  }

  private JsonNode content(String path, int status) {
    return spec.at("/paths/" + path.replace("~", "~0").replace("/", "~1") + "/get/responses/" + status + "/content");
  }
}
