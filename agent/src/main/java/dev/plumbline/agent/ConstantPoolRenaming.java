// Copyright (c) 2026 The Plumbline Authors

package dev.plumbline.agent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Renames a class by rewriting its class file's constant pool, without a bytecode library: the
 * class's own name is one {@code CONSTANT_Utf8} entry, which its {@code CONSTANT_Class} entry and
 * through it every reference to its own fields and methods point at. Replacing that one entry
 * renames them all; nothing else in the class file refers to a constant by its byte offset, so
 * the rest is copied unchanged.
 *
 * <p>This holds for a class that never names itself in a descriptor or signature (no field,
 * parameter or return value of its own type), has no nested class and no lambda, which is what
 * {@link RecorderTemplate} is written to be.
 */
final class ConstantPoolRenaming {

  private static final int UTF8 = 1;
  private static final int INTEGER = 3;
  private static final int FLOAT = 4;
  private static final int LONG = 5;
  private static final int DOUBLE = 6;
  private static final int CLASS = 7;
  private static final int STRING = 8;
  private static final int FIELD_REF = 9;
  private static final int METHOD_REF = 10;
  private static final int INTERFACE_METHOD_REF = 11;
  private static final int NAME_AND_TYPE = 12;
  private static final int METHOD_HANDLE = 15;
  private static final int METHOD_TYPE = 16;
  private static final int DYNAMIC = 17;
  private static final int INVOKE_DYNAMIC = 18;
  private static final int MODULE = 19;
  private static final int PACKAGE = 20;

  private ConstantPoolRenaming() {}

  /**
   * Renames a class.
   *
   * @param classFile the class file
   * @param from the class's internal name
   * @param to the new internal name
   * @return the renamed class file
   * @throws IOException when the class file is cut short, holds an unknown constant, or does not
   *     contain {@code from}
   */
  static byte[] rename(byte[] classFile, String from, String to) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(classFile.length + to.length());
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(in.readInt()); // magic
    out.writeInt(in.readInt()); // minor and major version
    int count = in.readUnsignedShort();
    out.writeShort(count);
    int renamed = 0;
    for (int index = 1; index < count; index++) {
      int tag = in.readUnsignedByte();
      out.writeByte(tag);
      if (tag == UTF8) {
        String text = in.readUTF();
        boolean match = text.equals(from);
        renamed += match ? 1 : 0;
        out.writeUTF(match ? to : text);
      } else {
        int size = constantSize(tag);
        if (size < 0) {
          throw new IOException("unknown constant pool tag " + tag + " at entry " + index);
        }
        out.write(in.readNBytes(size));
        if (tag == LONG || tag == DOUBLE) {
          index++; // eight-byte constants take two entries
        }
      }
    }
    if (renamed == 0) {
      throw new IOException("the class file does not contain " + from);
    }
    out.write(in.readAllBytes());
    out.flush();
    return bytes.toByteArray();
  }

  /** The bytes after the tag of a constant other than {@code CONSTANT_Utf8}; -1 when unknown. */
  private static int constantSize(int tag) {
    return switch (tag) {
      case CLASS, STRING, METHOD_TYPE, MODULE, PACKAGE -> 2;
      case METHOD_HANDLE -> 3;
      case INTEGER, FLOAT, FIELD_REF, METHOD_REF, INTERFACE_METHOD_REF, NAME_AND_TYPE, DYNAMIC,
          INVOKE_DYNAMIC -> 4;
      case LONG, DOUBLE -> 8;
      default -> -1;
    };
  }
}
