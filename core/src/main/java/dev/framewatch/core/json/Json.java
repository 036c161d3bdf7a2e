package dev.framewatch.core.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one configured Jackson mapper; thread-safe and shared. */
public final class Json {
  private static final ObjectMapper MAPPER = create();

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    // Full texts of papers can be long; allow up to 64 MB per string instead of Jackson's 20 MB default.
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 << 20).build());
    return mapper;
  }
}
