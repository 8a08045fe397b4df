package org.sawt.channel.smpp;

import java.net.ServerSocket;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;

/** Hands jSMPP a server socket already open on an ephemeral port, whose number jSMPP could not tell us. */
final class ExistingServerSocket implements ServerConnectionFactory {

    private final ServerSocket socket;

    ExistingServerSocket(ServerSocket socket) {
        this.socket = socket;
    }

    @Override
    public ServerConnection listen(int port) {
        return new ServerSocketConnection(socket);
    }

    @Override
    public ServerConnection listen(int port, int timeout) {
        return listen(port);
    }

    @Override
    public ServerConnection listen(int port, int timeout, int backlog) {
        return listen(port);
    }
}
