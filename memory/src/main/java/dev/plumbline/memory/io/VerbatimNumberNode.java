// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.memory.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.NumericNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number exactly as it was written in a memory file, so that a rewrite keeps people's numbers
 * character for character: {@code -0}, {@code -0.0}, {@code 1e2} and {@code 1e400} stay what they
 * are (Jackson's own nodes would write {@code 0}, {@code 0.0}, {@code 1E+2}, {@code 1E+400}).
 * Comparisons and schema checks see its numeric value.
 */
final class VerbatimNumberNode extends NumericNode {

  private static final long serialVersionUID = 1L;

  private final String text;

  /**
   * Wraps a JSON number's text.
   *
   * @param text the number as written, a valid JSON number
   */
  public VerbatimNumberNode(String text) {
    this.text = text;
  }

  private boolean integral() {
    return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
  }

  @Override
  public JsonToken asToken() {
    return integral() ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
  }

  @Override
  public NumberType numberType() {
    if (!integral()) {
      return NumberType.BIG_DECIMAL;
    }
    if (canConvertToInt()) {
      return NumberType.INT;
    }
    return canConvertToLong() ? NumberType.LONG : NumberType.BIG_INTEGER;
  }

  @Override
  public boolean isIntegralNumber() {
    return integral();
  }

  @Override
  public boolean isFloatingPointNumber() {
    return !integral();
  }

  @Override
  public boolean isBigDecimal() {
    return !integral();
  }

  @Override
  public boolean isBigInteger() {
    return integral();
  }

  @Override
  public Number numberValue() {
    return integral() ? bigIntegerValue() : decimalValue();
  }

  @Override
  public int intValue() {
    return decimalValue().intValue();
  }

  @Override
  public long longValue() {
    return decimalValue().longValue();
  }

  @Override
  public double doubleValue() {
    return Double.parseDouble(text);
  }

  @Override
  public BigDecimal decimalValue() {
    return new BigDecimal(text);
  }

  @Override
  public BigInteger bigIntegerValue() {
    return decimalValue().toBigInteger();
  }

  @Override
  public boolean canConvertToInt() {
    return integral() && bigIntegerValue().bitLength() < Integer.SIZE;
  }

  @Override
  public boolean canConvertToLong() {
    return integral() && bigIntegerValue().bitLength() < Long.SIZE;
  }

  @Override
  public String asText() {
    return text;
  }

  @Override
  public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
    generator.writeNumber(text);
  }

  @Override
  public void serializeWithType(JsonGenerator generator, SerializerProvider provider,
      TypeSerializer typeSerializer) throws IOException {
    serialize(generator, provider);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VerbatimNumberNode number && number.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
