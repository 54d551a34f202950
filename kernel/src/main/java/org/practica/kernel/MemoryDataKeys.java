package org.practica.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Data keys kept in memory, lost with the process: for tests and tools that run without a database. */
public final class MemoryDataKeys implements DataKeyStore {

    private final Map<String, String[]> keys = new LinkedHashMap<>();

    @Override
    public synchronized Optional<String> current(String owner) {
        String found = null;
        for (Map.Entry<String, String[]> e : keys.entrySet()) {
            if (e.getValue()[0].equals(owner)) {
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    @Override
    public synchronized Optional<String> wrapped(String id) {
        return Optional.ofNullable(keys.get(id)).map(k -> k[1]);
    }

    @Override
    public synchronized void add(String id, String owner, String wrapped) {
        keys.put(id, new String[] {owner, wrapped});
    }

    @Override
    public synchronized List<String> forget(String owner) {
        List<String> ids = new ArrayList<>();
        keys.entrySet().removeIf(e -> {
            boolean theirs = e.getValue()[0].equals(owner);
            if (theirs) {
                ids.add(e.getKey());
            }
            return theirs;
        });
        return ids;
    }

    @Override
    public synchronized Map<String, String> wrappedOtherThan(String installationKeyId, int max) {
        Map<String, String> found = new LinkedHashMap<>();
        keys.forEach((id, k) -> {
            if (!k[1].startsWith("gcm1:" + installationKeyId + ":") && found.size() < max) {
                found.put(id, k[1]);
            }
        });
        return found;
    }

    @Override
    public synchronized void rewrap(String id, String wrapped) {
        keys.get(id)[1] = wrapped;
    }
}
