// Copyright (c) 2026 The Plumbline Authors

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Encrypts a .docx with a password: the package's bytes, unchanged, inside an OLE2 container
 * with ECMA-376 agile encryption, which is what Word's "Encrypt with Password" writes.
 * Usage: {@code java -cp <poi> EncryptDocx.java in.docx out.docx password}.
 */
public final class EncryptDocx {

  private EncryptDocx() {
  }

  /**
   * Runs it.
   *
   * @param args input, output, password
   * @throws Exception when reading, encrypting or writing fails
   */
  public static void main(String[] args) throws Exception {
    try (POIFSFileSystem container = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword(args[2]);
      try (OutputStream encrypted = encryptor.getDataStream(container)) {
        Files.copy(Path.of(args[0]), encrypted);
      }
      try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
        container.writeFilesystem(out);
      }
    }
  }
}
