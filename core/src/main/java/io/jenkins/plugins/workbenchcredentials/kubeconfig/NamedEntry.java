package io.jenkins.plugins.workbenchcredentials.kubeconfig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of the {@code clusters}, {@code users} or {@code contexts} list: its name, the entry as
 * parsed (kept whole for {@code select}), and its inner {@code cluster}/{@code user}/{@code context}
 * mapping.
 *
 * @param path e.g. {@code users[admin]}
 */
record NamedEntry(String name, String path, Map<?, ?> entry, Node body) {

    /**
     * Reads a named list, reporting entries that are not mappings, have no name, repeat a name, or
     * lack their inner mapping (which only {@code users} may leave out: an empty user is anonymous).
     *
     * @return the usable entries by name, in file order
     */
    static Map<String, NamedEntry> readList(
            Node root, String listKey, String bodyKey, boolean bodyRequired, Problems problems) {
        Map<String, NamedEntry> byName = new LinkedHashMap<>();
        List<?> list = root.list(listKey);
        if (list == null) {
            return byName;
        }
        for (int i = 0; i < list.size(); i++) {
            String indexPath = listKey + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> entry)) {
                problems.error(indexPath, "kubeconfig.wrongType", indexPath, "mapping", Node.shapeOf(list.get(i)));
                continue;
            }
            Node indexed = new Node(entry, indexPath, problems);
            String name = indexed.nonBlankText("name");
            if (name == null) {
                if (indexed.lacksText("name")) {
                    problems.error(indexPath, "kubeconfig.nameMissing", indexPath);
                }
                continue;
            }
            String path = listKey + "[" + name + "]";
            if (byName.containsKey(name)) {
                problems.error(path, "kubeconfig.duplicateName", listKey, name);
                continue;
            }
            Node entryNode = new Node(entry, path, problems);
            Node body = entryNode.mapping(bodyKey);
            if (body == null) {
                if (bodyRequired && !entryNode.has(bodyKey)) {
                    problems.error(path, "kubeconfig.sectionMissing", path, bodyKey);
                    continue;
                }
                if (bodyRequired) {
                    continue; // wrong shape, already reported
                }
                body = new Node(Map.of(), entryNode.child(bodyKey), problems);
            }
            byName.put(name, new NamedEntry(name, path, entry, body));
        }
        return byName;
    }
}
