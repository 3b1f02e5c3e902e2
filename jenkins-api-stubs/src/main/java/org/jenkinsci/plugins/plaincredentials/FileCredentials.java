package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.workbenchcredentials.stubs.Copied;
import java.io.IOException;
import java.io.InputStream;

@Copied(
        from =
                "jenkinsci/plain-credentials-plugin@199.v9f8e1f741799:src/main/java/org/jenkinsci/plugins/plaincredentials/FileCredentials.java",
        line = 39)
@Copied.AbstractMethods({"getFileName", "getContent"})
public interface FileCredentials extends StandardCredentials {
    @Copied(line = 46)
    @NonNull
    String getFileName();

    @Copied(line = 53)
    @NonNull
    InputStream getContent() throws IOException;
}
