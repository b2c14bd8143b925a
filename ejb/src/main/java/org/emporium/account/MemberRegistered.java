package org.emporium.account;

/** A shopper signed up (fired in the registration's transaction): welcome gifts such as 注册送券 follow. */
public record MemberRegistered(long accountId) {
}
