package org.practica.kernel;

import java.util.Map;

/**
 * One module's part of a person's copy of their data (the right of access): every module that
 * keeps something about a person answers with all of it, read as that person reads it, so a
 * supervisor's note they may not see stays out. The identity module gathers the parts without
 * knowing the modules.
 */
public interface PersonalData {

    /** The part's name in the export: its JSON file is {@code <part>.json}. */
    String part();

    /** Everything the module keeps about the person. */
    Records of(Actor person);

    /**
     * What the part holds: records that JSON-B writes, how many of each kind (for the summary),
     * and documents to add as they are (a certificate's PDF), by file name.
     */
    record Records(Object data, Map<String, Integer> counts, Map<String, byte[]> files) {

        public Records {
            counts = Map.copyOf(counts);
            files = Map.copyOf(files);
        }
    }
}
