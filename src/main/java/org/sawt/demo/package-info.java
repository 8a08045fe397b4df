/** Demo data for a gateway started with {@code ./mvnw spring-boot:run}. */
package org.sawt.demo;
