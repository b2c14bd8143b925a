package org.emporium.aftersales;

/** 质量投诉 or 服务投诉. */
public enum ComplaintKind {
    QUALITY,
    SERVICE
}
