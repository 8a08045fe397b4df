/** Types every module shares: languages, the caller, error types and their HTTP mapping. */
package org.sawt.shared;
