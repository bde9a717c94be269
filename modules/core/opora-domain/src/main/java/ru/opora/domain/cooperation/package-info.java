/**
 * Network cooperation agreements (273-ФЗ, ст. 15) and looser cooperation
 * agreements: their rules, life cycle, alerts and the network indicator.
 */
package ru.opora.domain.cooperation;
