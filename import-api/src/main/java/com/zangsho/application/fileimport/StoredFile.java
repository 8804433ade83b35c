package com.zangsho.application.fileimport;

import com.zangsho.domain.fileimport.FileImport;
import com.zangsho.domain.fileimport.FileImportRepository;
import com.zangsho.mapping.ExportFile;
import com.zangsho.mapping.Mapping;
import com.zangsho.mapping.MappingException;
import com.zangsho.mapping.Profiles;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** An import's file, as it was checked when it came in, read again from its parts. */
final class StoredFile {
  private StoredFile() {}

  static ExportFile open(FileImportRepository imports, FileImport fileImport) {
    Charset charset = Charset.forName(fileImport.getEncoding());
    InputStream in =
        new BufferedInputStream(
            new PartsInputStream(imports, fileImport.getId(), fileImport.getFileParts()),
            64 * 1024);
    try {
      skipBom(in, charset);
      return ExportFile.read(
          name(fileImport), charset, new InputStreamReader(in, charset.newDecoder()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Leaves {@code in} after the byte-order mark of {@code charset}, if it starts with one. */
  static void skipBom(InputStream in, Charset charset) throws IOException {
    in.mark(4);
    byte[] head = new byte[3];
    int read = in.readNBytes(head, 0, 3);
    ExportFile.Bom bom = ExportFile.Bom.of(head, read);
    in.reset();
    if (bom != null && bom.charset().equals(charset)) {
      in.skipNBytes(bom.length());
    }
  }

  static String name(FileImport fileImport) {
    return fileImport.getFileName() != null ? fileImport.getFileName() : "file";
  }

  /**
   * The mapping its rows go through, or null when its columns are the resource's fields.
   *
   * @throws MappingException for a profile that is not one, or a mapping that cannot be read
   */
  static Mapping mapping(String profile, String mappingYaml) {
    if (profile != null) {
      return Profiles.load(profile);
    }
    if (mappingYaml != null) {
      return Mapping.read(new ByteArrayInputStream(mappingYaml.getBytes(StandardCharsets.UTF_8)));
    }
    return null;
  }
}
