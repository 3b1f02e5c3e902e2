package net.sf.json;

import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

// The type, as the plugin only passes it on, with the methods that implement Map's and Comparable's abstract ones.
@Copied(from = "jenkinsci/json-lib@json-lib-2.4-jenkins-15:src/main/java/net/sf/json/JSONObject.java", line = 113)
@SuppressWarnings({"rawtypes", "unchecked"})
public final class JSONObject extends AbstractJSON implements JSON, Map<String, Object>, Comparable {
    @Copied(line = 1346)
    public JSONObject() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 1483)
    @Override
    public void clear() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 1488)
    @Override
    public int compareTo(Object obj) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 1505)
    @Override
    public boolean containsKey(Object key) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 1510)
    @Override
    public boolean containsValue(Object value) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 1728)
    @Override
    public Set entrySet() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 1821)
    @Override
    public Object get(Object key) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 2002)
    @Override
    public boolean isEmpty() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 2025)
    @Override
    public Set<String> keySet() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 2252)
    @Override
    public Object put(String key, Object value) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 2262)
    @Override
    public void putAll(Map map) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 2285)
    @Override
    public Object remove(Object key) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 2307)
    @Override
    public int size() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    @Copied(line = 2459)
    @Override
    public Collection values() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
