"""What the bot keeps about a chat, and forgetting it on request."""
