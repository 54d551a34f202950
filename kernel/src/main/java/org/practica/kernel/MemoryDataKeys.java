package org.practica.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Data keys kept in memory, lost with the process: for tests and tools that run without a database. */
public final class MemoryDataKeys implements DataKeyStore {

    private record Key(String owner, String scope, String wrapped) {
    }

    private final Map<String, Key> keys = new LinkedHashMap<>();

    @Override
    public synchronized Optional<String> current(String owner, String scope) {
        String found = null;
        for (Map.Entry<String, Key> e : keys.entrySet()) {
            if (e.getValue().owner().equals(owner) && Objects.equals(e.getValue().scope(), scope)) {
                found = e.getKey();
            }
        }
        return Optional.ofNullable(found);
    }

    @Override
    public synchronized Optional<String> wrapped(String id) {
        return Optional.ofNullable(keys.get(id)).map(Key::wrapped);
    }

    @Override
    public synchronized void add(String id, String owner, String scope, String wrapped) {
        keys.put(id, new Key(owner, scope, wrapped));
    }

    @Override
    public synchronized List<String> forget(String owner) {
        return removeWhere(k -> k.owner().equals(owner));
    }

    @Override
    public synchronized List<String> forgetScopes(java.util.Collection<String> scopes) {
        return removeWhere(k -> scopes.contains(k.scope()));
    }

    private List<String> removeWhere(java.util.function.Predicate<Key> doomed) {
        List<String> ids = new ArrayList<>();
        keys.entrySet().removeIf(e -> {
            boolean gone = doomed.test(e.getValue());
            if (gone) {
                ids.add(e.getKey());
            }
            return gone;
        });
        return ids;
    }

    @Override
    public synchronized Map<String, String> wrappedOtherThan(String installationKeyId, int max) {
        Map<String, String> found = new LinkedHashMap<>();
        keys.forEach((id, k) -> {
            if (!k.wrapped().startsWith("gcm1:" + installationKeyId + ":") && found.size() < max) {
                found.put(id, k.wrapped());
            }
        });
        return found;
    }

    @Override
    public synchronized void rewrap(String id, String wrapped) {
        Key k = keys.get(id);
        keys.put(id, new Key(k.owner(), k.scope(), wrapped));
    }
}
