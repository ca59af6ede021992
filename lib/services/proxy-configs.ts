// The reverse-proxy configurations that put a service behind Latchkey's forward-auth, filled in
// with an installation's URL and one permission: shown in the console (components/services/
// proxy-config.tsx) and docs/services.md, and the very text the forward-auth journey runs
// NGINX and Caddy with (scripts/proxies.ts). Pure functions, for server and client alike.

export type ProxyConfigInput = {
  /** This installation's base URL, e.g. https://latchkey.example.com. */
  baseUrl: string;
  /** The service permission every request must hold, `<slug>:<name>`. */
  permission: string;
  /** Where the service itself listens, as the proxy reaches it. */
  upstream?: string;
  /** The address the service is published at. */
  site?: string;
};

export const IDENTITY_HEADERS = ["X-Latchkey-User-Id", "X-Latchkey-User-Email", "X-Latchkey-Key-Id", "X-Latchkey-Permissions"] as const;

const DEFAULT_UPSTREAM = "http://127.0.0.1:8080";

function origin(baseUrl: string) {
  const url = new URL(baseUrl);
  const https = url.protocol === "https:";
  const port = url.port || (https ? "443" : "80");
  return { https, host: url.hostname, hostPort: `${url.hostname}:${port}`, origin: url.origin };
}

const forwardAuthUrl = (baseUrl: string, permission: string) => `${origin(baseUrl).origin}/api/forward-auth?permission=${permission}`;
const slugOf = (permission: string) => permission.split(":")[0];
/** A name for the permission's middleware or cluster: latchkey-reports-read. */
const nameOf = (permission: string) => `latchkey-${permission.replace(/[^a-z0-9-]/g, "-")}`;

/** NGINX's two parts: what goes in `http { }` (Latchkey as a kept-alive upstream) and in `server { }`. */
export function nginxForwardAuth({ baseUrl, permission, upstream = DEFAULT_UPSTREAM }: ProxyConfigInput): { http: string; server: string } {
  const latchkey = origin(baseUrl);
  const http = `upstream latchkey {
  server ${latchkey.hostPort};
  keepalive 32;
}`;
  const tls = latchkey.https ? `\n  proxy_ssl_server_name on;\n  proxy_ssl_name ${latchkey.host};` : "";
  const server = `location = /_latchkey {
  internal;
  proxy_pass ${latchkey.https ? "https" : "http"}://latchkey/api/forward-auth?permission=${permission};
  proxy_pass_request_body off;
  proxy_set_header Content-Length "";
  proxy_set_header Host ${latchkey.host};
  proxy_set_header X-Original-URI $request_uri;
  proxy_set_header X-Forwarded-Method $request_method;
  proxy_set_header X-Forwarded-For $remote_addr;
  proxy_http_version 1.1;
  proxy_set_header Connection "";${tls}
}

location / {
  auth_request /_latchkey;
  auth_request_set $latchkey_status $upstream_status;
  auth_request_set $latchkey_retry_after $upstream_http_retry_after;
${IDENTITY_HEADERS.map((header) => `  auth_request_set $${variable(header)} $upstream_http_${header.toLowerCase().replaceAll("-", "_")};`).join("\n")}
${IDENTITY_HEADERS.map((header) => `  proxy_set_header ${header} $${variable(header)};`).join("\n")}
  # The key is for Latchkey, not for the service.
  proxy_set_header Authorization "";
  proxy_set_header X-API-Key "";
  # proxy_set_header here replaces every one this location would inherit: keep connections
  # to the service alive again (with an upstream { keepalive } block), and add your own.
  proxy_http_version 1.1;
  proxy_set_header Connection "";
  proxy_pass ${upstream};

  # auth_request passes 401 and 403 on and turns any other refusal into 500:
  # name the 429 (the key's rate limit) again; anything else is Latchkey unavailable.
  error_page 401 = @latchkey_401;
  error_page 403 = @latchkey_403;
  error_page 500 = @latchkey_other;
}

location @latchkey_401 {
  add_header WWW-Authenticate 'Bearer realm="latchkey"' always;
  return 401;
}

location @latchkey_403 {
  return 403;
}

location @latchkey_other {
  add_header Retry-After $latchkey_retry_after always;
  if ($latchkey_status = 429) {
    return 429;
  }
  return 503;
}`;
  return { http, server };
}

/** latchkey_user_id for X-Latchkey-User-Id. */
function variable(header: string) {
  return header.toLowerCase().replaceAll("-", "_");
}

export function nginxConfig(input: ProxyConfigInput): string {
  const { http, server } = nginxForwardAuth(input);
  const indent = (text: string) => text.replace(/^(?=.)/gm, "  ");
  return `# In http { }: Latchkey, with connections kept open (every request asks it).
${http}

server {
  listen 80;
  server_name ${new URL(withScheme(input.site ?? "service.example.com")).hostname};

${indent(server)}
}`;
}

const withScheme = (site: string) => (/^https?:\/\//.test(site) ? site : `https://${site}`);

export function caddyConfig({ baseUrl, permission, upstream = DEFAULT_UPSTREAM, site = "service.example.com" }: ProxyConfigInput): string {
  const latchkey = origin(baseUrl);
  return `${site} {
	forward_auth ${latchkey.origin} {
		uri /api/forward-auth?permission=${permission}${latchkey.https ? `\n\t\theader_up Host ${latchkey.host}` : ""}
		copy_headers ${IDENTITY_HEADERS.join(" ")}
	}
	# The key is for Latchkey, not for the service.
	request_header -Authorization
	request_header -X-API-Key
	reverse_proxy ${upstream.replace(/^http:\/\//, "")}
}`;
}

export function traefikLabels({ baseUrl, permission, site = "service.example.com" }: ProxyConfigInput): string {
  const middleware = nameOf(permission);
  const router = slugOf(permission);
  const host = new URL(withScheme(site)).hostname;
  return `# docker-compose.yml, on the service's container
labels:
  - "traefik.enable=true"
  - "traefik.http.routers.${router}.rule=Host(\`${host}\`)"
  - "traefik.http.routers.${router}.middlewares=${middleware}"
  - "traefik.http.middlewares.${middleware}.forwardauth.address=${forwardAuthUrl(baseUrl, permission)}"
  - "traefik.http.middlewares.${middleware}.forwardauth.authResponseHeaders=${IDENTITY_HEADERS.join(",")}"`;
}

export function traefikFileConfig({ baseUrl, permission, upstream = DEFAULT_UPSTREAM, site = "service.example.com" }: ProxyConfigInput): string {
  const middleware = nameOf(permission);
  const router = slugOf(permission);
  const host = new URL(withScheme(site)).hostname;
  return `# The file provider's dynamic configuration
http:
  routers:
    ${router}:
      rule: "Host(\`${host}\`)"
      service: ${router}
      middlewares:
        - ${middleware}
  middlewares:
    ${middleware}:
      forwardAuth:
        address: "${forwardAuthUrl(baseUrl, permission)}"
        authResponseHeaders:
${IDENTITY_HEADERS.map((header) => `          - ${header}`).join("\n")}
  services:
    ${router}:
      loadBalancer:
        servers:
          - url: "${upstream}"`;
}

export function envoyConfig({ baseUrl, permission }: ProxyConfigInput): string {
  const latchkey = origin(baseUrl);
  const tls = latchkey.https
    ? `
    transport_socket:
      name: envoy.transport_sockets.tls
      typed_config:
        "@type": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext
        sni: ${latchkey.host}`
    : "";
  return `# In the HTTP connection manager's http_filters, before the router:
http_filters:
  - name: envoy.filters.http.ext_authz
    typed_config:
      "@type": type.googleapis.com/envoy.extensions.filters.http.ext_authz.v3.ExtAuthz
      transport_api_version: V3
      failure_mode_allow: false
      http_service:
        server_uri:
          uri: ${latchkey.origin}
          cluster: latchkey
          timeout: 1s
        # Envoy asks at /api/forward-auth<original path>, with the original method.
        path_prefix: /api/forward-auth
        authorization_request:
          allowed_headers:
            patterns:
              - exact: x-api-key
          headers_to_add:
            - key: X-Latchkey-Permission
              value: "${permission}"
        authorization_response:
          allowed_upstream_headers:
            patterns:
              - prefix: x-latchkey-
  - name: envoy.filters.http.router
    typed_config:
      "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router

# In static_resources.clusters:
clusters:
  - name: latchkey
    type: LOGICAL_DNS
    connect_timeout: 1s
    load_assignment:
      cluster_name: latchkey
      endpoints:
        - lb_endpoints:
            - endpoint:
                address:
                  socket_address:
                    address: ${latchkey.host}
                    port_value: ${latchkey.hostPort.split(":").pop()}${tls}`;
}

export type ProxyKind = "nginx" | "traefik" | "caddy" | "envoy";

/** Every proxy's configuration, in the order the console shows them. */
export function proxyConfigs(input: ProxyConfigInput): { kind: ProxyKind; label: string; sections: { title: string; language: string; text: string }[] }[] {
  return [
    { kind: "nginx", label: "NGINX", sections: [{ title: "auth_request", language: "nginx", text: nginxConfig(input) }] },
    {
      kind: "traefik",
      label: "Traefik",
      sections: [
        { title: "Docker labels", language: "yaml", text: traefikLabels(input) },
        { title: "File provider", language: "yaml", text: traefikFileConfig(input) },
      ],
    },
    { kind: "caddy", label: "Caddy", sections: [{ title: "forward_auth", language: "caddyfile", text: caddyConfig(input) }] },
    { kind: "envoy", label: "Envoy", sections: [{ title: "ext_authz HTTP filter", language: "yaml", text: envoyConfig(input) }] },
  ];
}
