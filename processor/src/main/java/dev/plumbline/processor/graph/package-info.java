/**
 * Step one of the verifier: attributed javac trees and service registrations become a typed
 * class-level reference graph. Internal to the verifier: its types are public only because the
 * verifier's last step ({@code dev.plumbline.processor}) and the later packages use them; they are
 * not an API and may change in any release.
 */
package dev.plumbline.processor.graph;
