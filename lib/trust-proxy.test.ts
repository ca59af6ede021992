import { describe, expect, it } from "vitest";
import { TrustProxyError, clientAddressRule, parseTrustProxy } from "./trust-proxy";

describe("parseTrustProxy", () => {
  it("trusts nobody by default", () => {
    for (const value of [undefined, "", "  ", "false", "0"]) expect(parseTrustProxy(value)).toEqual({ hops: 0 });
  });

  it("reads a hop count; true is one hop", () => {
    expect(parseTrustProxy("true")).toEqual({ hops: 1 });
    expect(parseTrustProxy("1")).toEqual({ hops: 1 });
    expect(parseTrustProxy(" 2 ")).toEqual({ hops: 2 });
  });

  it("reads a list of addresses, CIDRs and proxy-addr's names", () => {
    expect(parseTrustProxy("10.0.0.0/8, 127.0.0.1,::1,fd00::/8,loopback")).toEqual({ proxies: ["10.0.0.0/8", "127.0.0.1", "::1", "fd00::/8", "loopback"] });
  });

  for (const bad of ["yes", "-1", "1.5", "10.0.0.0/33", "300.1.1.1", "10.0.0.1,", "10.0.0.1,,10.0.0.2", "*"]) {
    it(`refuses ${JSON.stringify(bad)} with one line naming the bad entry`, () => {
      expect(() => parseTrustProxy(bad)).toThrow(TrustProxyError);
      expect(() => parseTrustProxy(bad)).toThrow(/^must be a number of trusted proxy hops or a comma-separated list/);
    });
  }
});

describe("clientAddressRule", () => {
  const rule = (value: string) => clientAddressRule(parseTrustProxy(value));

  it("without TRUST_PROXY, is the TCP peer whatever X-Forwarded-For says", () => {
    const address = rule("");
    expect(address("192.0.2.10", "203.0.113.66")).toBe("192.0.2.10");
    expect(address("192.0.2.10", ["203.0.113.66", "198.51.100.1"])).toBe("192.0.2.10");
    expect(address("192.0.2.10", undefined)).toBe("192.0.2.10");
    expect(address("::ffff:192.0.2.10", "203.0.113.66")).toBe("192.0.2.10");
    expect(address("2001:db8::1", undefined)).toBe("2001:db8::1");
    expect(address(undefined, "203.0.113.66")).toBeNull();
  });

  it("with one hop, is the address the proxy appended, not what the client wrote before it", () => {
    const address = rule("1");
    expect(address("10.0.0.2", "198.51.100.7")).toBe("198.51.100.7");
    expect(address("10.0.0.2", "203.0.113.5, 198.51.100.7")).toBe("198.51.100.7");
    expect(address("10.0.0.2", ["203.0.113.5", "198.51.100.7"])).toBe("198.51.100.7");
    // A direct request (no proxy header) is the peer itself.
    expect(address("10.0.0.2", undefined)).toBe("10.0.0.2");
  });

  it("with two hops, skips two proxies from the right", () => {
    const address = rule("2");
    expect(address("10.0.0.2", "203.0.113.5, 198.51.100.7, 10.0.0.3")).toBe("198.51.100.7");
    // Fewer hops than trusted: the leftmost address given.
    expect(address("10.0.0.2", "198.51.100.7")).toBe("198.51.100.7");
  });

  it("with a list of proxies, skips exactly those from the right", () => {
    const address = rule("10.0.0.0/8,127.0.0.1");
    expect(address("10.1.2.3", "203.0.113.5, 198.51.100.7, 10.9.9.9")).toBe("198.51.100.7");
    expect(address("127.0.0.1", "198.51.100.7")).toBe("198.51.100.7");
    expect(address("::ffff:10.1.2.3", "198.51.100.7")).toBe("198.51.100.7");
    // A peer that is not a listed proxy is the client, whatever it forwards.
    expect(address("192.0.2.50", "198.51.100.7")).toBe("192.0.2.50");
    expect(address("10.1.2.3", "2001:db8::7")).toBe("2001:db8::7");
  });

  it("never answers with something that is not an IP address", () => {
    expect(rule("1")("10.0.0.2", "not-an-ip")).toBe("10.0.0.2");
    expect(rule("1")("10.0.0.2", "<script>")).toBe("10.0.0.2");
    expect(rule("10.0.0.0/8")("10.0.0.2", "evil, 10.0.0.3")).toBe("10.0.0.2");
  });
});
