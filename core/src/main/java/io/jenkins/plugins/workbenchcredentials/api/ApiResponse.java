package io.jenkins.plugins.workbenchcredentials.api;

/** The API's answer: an HTTP status and a JSON body ({@code application/json; charset=UTF-8}). */
public record ApiResponse(int status, String json) {
    public static final String CONTENT_TYPE = "application/json;charset=UTF-8";
}
