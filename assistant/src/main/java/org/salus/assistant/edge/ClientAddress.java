package org.salus.assistant.edge;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Who a request comes from, for rate limiting: the connecting address, unless that is a trusted proxy, in which case
 * the nearest address in {@code X-Forwarded-For} that is not one (a client cannot spoof past a proxy it does not own).
 */
final class ClientAddress {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9a-fA-F:.]{2,45}");

    private final List<IpAddressMatcher> trusted;

    ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(IpAddressMatcher::new).toList();
    }

    String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!trusted(remote)) {
            return remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.length() > 2048) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!isIpLiteral(hop)) {
                return remote;
            }
            if (!trusted(hop)) {
                return hop;
            }
        }
        return remote;
    }

    /** Only literals reach the matcher, which would otherwise resolve a host name. */
    static boolean isIpLiteral(String text) {
        return text != null && IP_LITERAL.matcher(text).matches() && (text.contains(".") || text.contains(":"));
    }

    private boolean trusted(String address) {
        if (trusted.isEmpty() || !isIpLiteral(address)) {
            return false;
        }
        for (IpAddressMatcher matcher : trusted) {
            try {
                if (matcher.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }
}
