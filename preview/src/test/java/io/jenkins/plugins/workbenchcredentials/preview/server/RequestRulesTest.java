package io.jenkins.plugins.workbenchcredentials.preview.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small rules the server applies before a request reaches the API. */
class RequestRulesTest {
    @Test
    void aLoopbackServerAnswersToItsAddressAndLocalhostOnItsPortOnly() throws Exception {
        HostCheck check = HostCheck.forBinding(InetAddress.getByName("127.0.0.1"), 8090);
        assertThat(check.accepts("127.0.0.1:8090")).isTrue();
        assertThat(check.accepts("localhost:8090")).isTrue();
        assertThat(check.accepts("LOCALHOST:8090")).isTrue();
        assertThat(check.accepts("[::1]:8090")).isTrue();
        assertThat(check.accepts("localhost:8091")).isFalse();
        assertThat(check.accepts("localhost")).as("no port means 80").isFalse();
        assertThat(check.accepts("evil.example:8090")).isFalse();
        assertThat(check.accepts("127.0.0.1.evil.example:8090")).isFalse();
        assertThat(check.accepts("127.0.0.1:80x")).isFalse();
        assertThat(check.accepts("")).isFalse();
        assertThat(check.accepts(null)).isFalse();
    }

    @Test
    void anIpv6ServerMatchesTheShortFormBrowsersSend() throws Exception {
        HostCheck check = HostCheck.forBinding(InetAddress.getByName("::1"), 9000);
        assertThat(check.accepts("[::1]:9000")).isTrue();
        assertThat(check.accepts("localhost:9000")).isTrue();
        assertThat(HostCheck.compress("fe80:0:0:0:0:0:0:1")).isEqualTo("fe80::1");
        assertThat(HostCheck.compress("2001:db8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(HostCheck.compress("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2:3:4:5:6");
    }

    @Test
    void aServerBoundToEveryAddressStillRefusesForeignNames() throws Exception {
        HostCheck check = HostCheck.forBinding(InetAddress.getByName("0.0.0.0"), 8090);
        assertThat(check.accepts("127.0.0.1:8090")).isTrue();
        assertThat(check.accepts("localhost:8090")).isTrue();
        assertThat(check.accepts("rebound.attacker.example:8090")).isFalse();
    }

    @Test
    void picksEnglishOrSimplifiedChineseFromAcceptLanguage() {
        assertThat(RequestLocale.of(null)).isEqualTo(Locale.ENGLISH);
        assertThat(RequestLocale.of("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(RequestLocale.of("zh")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(RequestLocale.of("zh-Hans-CN")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(RequestLocale.of("fr-FR,zh-CN;q=0.5")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(RequestLocale.of("en-GB,zh-CN;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(RequestLocale.of("zh-CN;q=0,en")).isEqualTo(Locale.ENGLISH);
        assertThat(RequestLocale.of("de")).isEqualTo(Locale.ENGLISH);
        assertThat(RequestLocale.of(";;;not a header")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void onlyAJsonMediaTypeCountsAsJson() {
        assertThat(WorkbenchHttpHandler.isJson("application/json")).isTrue();
        assertThat(WorkbenchHttpHandler.isJson("Application/JSON; charset=utf-8"))
                .isTrue();
        assertThat(WorkbenchHttpHandler.isJson("text/plain")).isFalse();
        assertThat(WorkbenchHttpHandler.isJson("application/x-www-form-urlencoded"))
                .isFalse();
        assertThat(WorkbenchHttpHandler.isJson("application/jsonx")).isFalse();
        assertThat(WorkbenchHttpHandler.isJson(null)).isFalse();
    }

    @Test
    void readsTheFirstValueOfEachDecodedParameter() {
        assertThat(ApiExchange.parameters("query=docker+hub&type=secret-text&query=ignored&page="))
                .isEqualTo(Map.of("query", "docker hub", "type", "secret-text", "page", ""));
        assertThat(ApiExchange.parameters("query=%E4%B8%AD%E6%96%87&&force"))
                .isEqualTo(Map.of("query", "中文", "force", ""));
        assertThat(ApiExchange.parameters(null)).isEmpty();
        assertThatThrownBy(() -> ApiExchange.parameters("query=%zz"))
                .isInstanceOfSatisfying(
                        WorkbenchException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("server.badQuery"));
    }
}
