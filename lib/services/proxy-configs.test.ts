import { describe, expect, it } from "vitest";
import { caddyConfig, envoyConfig, nginxConfig, proxyConfigs, traefikFileConfig, traefikLabels } from "./proxy-configs";

const https = { baseUrl: "https://latchkey.example.com/", permission: "reports:read", upstream: "http://reports:8080", site: "reports.example.com" };
const http = { baseUrl: "http://10.0.0.5:3000", permission: "wiki:edit" };

describe("proxy configurations", () => {
  it("fill in the installation's URL and the permission in every proxy's text", () => {
    for (const input of [https, http]) {
      for (const config of proxyConfigs(input)) {
        for (const section of config.sections) {
          expect(section.text, `${config.label} ${section.title}`).toContain(input.permission);
          expect(section.text).toContain(new URL(input.baseUrl).hostname);
        }
      }
    }
  });

  it("speak TLS to an https installation, plain HTTP otherwise", () => {
    expect(nginxConfig(https)).toContain("proxy_pass https://latchkey/api/forward-auth?permission=reports:read;");
    expect(nginxConfig(https)).toContain("server latchkey.example.com:443;");
    expect(nginxConfig(https)).toContain("proxy_ssl_server_name on;");
    expect(nginxConfig(http)).toContain("server 10.0.0.5:3000;");
    expect(nginxConfig(http)).not.toContain("proxy_ssl");
    expect(caddyConfig(https)).toContain("forward_auth https://latchkey.example.com {");
    expect(caddyConfig(https)).toContain("header_up Host latchkey.example.com");
    expect(caddyConfig(http)).not.toContain("header_up");
    expect(envoyConfig(https)).toContain("UpstreamTlsContext");
    expect(envoyConfig(http)).not.toContain("UpstreamTlsContext");
  });

  it("give Envoy the permission as a header, Traefik and the others as the query", () => {
    expect(envoyConfig(https)).toContain("path_prefix: /api/forward-auth\n");
    expect(envoyConfig(https)).toMatch(/headers_to_add:\n\s+- key: X-Latchkey-Permission\n\s+value: "reports:read"/);
    expect(envoyConfig(https)).not.toContain("?permission=");
    expect(traefikFileConfig(https)).toContain('address: "https://latchkey.example.com/api/forward-auth?permission=reports:read"');
    expect(traefikLabels(https)).toContain('"traefik.http.routers.reports.middlewares=latchkey-reports-read"');
    expect(caddyConfig(https)).toContain("uri /api/forward-auth?permission=reports:read");
  });
});
