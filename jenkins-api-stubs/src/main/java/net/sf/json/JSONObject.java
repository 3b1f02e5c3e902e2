// Compile-only stand-in for net.sf.json.JSONObject of json-lib 2.4-jenkins-15 (org.kohsuke.stapler:json-lib,
// jenkinsci/json-lib), the version Jenkins 2.541.3 uses: the type only, as the plugin only passes it on.
// (The real class extends AbstractJSON and implements JSON, Map and Comparable.)
package net.sf.json;

public final class JSONObject {
    private JSONObject() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
