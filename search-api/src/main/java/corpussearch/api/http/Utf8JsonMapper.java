package corpussearch.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * Jackson for Javalin, writing responses straight to UTF-8 bytes: Javalin's own mapper builds a
 * {@code String} and encodes it again, which for a page of highlighted hits is a fifth of the cost of
 * answering a remembered search. Responses go out with {@code ctx.jsonStream}.
 */
public final class Utf8JsonMapper implements JsonMapper {

  private final ObjectMapper mapper;

  /** A mapper writing with {@code mapper}. */
  public Utf8JsonMapper(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public String toJsonString(Object obj, Type type) {
    try {
      return mapper.writeValueAsString(obj);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public InputStream toJsonStream(Object obj, Type type) {
    try {
      return new ByteArrayInputStream(mapper.writeValueAsBytes(obj));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public <T> T fromJsonString(String json, Type type) {
    try {
      return mapper.readValue(json, mapper.constructType(type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public <T> T fromJsonStream(InputStream json, Type type) {
    try {
      return mapper.readValue(json, mapper.constructType(type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
