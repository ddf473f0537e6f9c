// An IP address as it is written before `:port` (`[::1]:8080`, `127.0.0.1:8080`): an IPv6
// address in brackets, anything else as it is. The publish annotation, Go's dial errors and
// CRI's port mappings all write addresses this way.
export const hostLiteral = (host: string): string => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);
