package org.salus.assistant.cluster;

/** Why a datasource cannot carry a cluster, or null when it can: cluster mode needs one shared PostgreSQL. */
final class ClusterDatabase {

    private ClusterDatabase() {
    }

    static String problem(String datasourceUrl) {
        if (datasourceUrl != null && datasourceUrl.startsWith("jdbc:postgresql:")) {
            return null;
        }
        String kind = datasourceUrl == null ? "no datasource" : datasourceUrl.startsWith("jdbc:h2:")
                ? "the embedded H2 database in the data directory" : "a database other than PostgreSQL";
        return "Cluster mode (salus.cluster.enabled / SALUS_CLUSTER_ENABLED=true) needs one PostgreSQL shared by every "
                + "instance, but the datasource is " + kind + ". Set SPRING_DATASOURCE_URL=jdbc:postgresql://HOST:PORT/DB "
                + "with SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, or turn cluster mode off.";
    }
}
