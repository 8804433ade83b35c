package com.zangsho.importer;

import com.zangsho.mapping.Mapping;
import com.zangsho.mapping.Profiles;
import com.zangsho.mapping.ResourceMapping;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code zangsho-import profiles}: the built-in profiles, what each reads and what it feeds. */
@Command(
    name = "profiles",
    mixinStandardHelpOptions = true,
    description = "Lists the built-in profiles: --profile NAME --file FILE imports such an export.")
final class ProfilesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    for (String name : Profiles.NAMES) {
      Mapping mapping = Profiles.load(name);
      System.out.printf(
          "%-27s %-58s → %s%n",
          name,
          mapping.title(),
          String.join(", ", mapping.resources().stream().map(ResourceMapping::resource).toList()));
    }
    System.out.printf(
        "%nWith --profile auto the profile is picked from the file's headers.%n"
            + "Each profile is a mapping file like one's own: see the README.%n");
    return 0;
  }
}
