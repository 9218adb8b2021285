import { describe, expect, it, vi } from 'vitest';
import { shallowRef } from 'vue';
import { GraphQLRequestError } from '@/app/graphql/client';
import { useConfirmedMutation } from './useConfirmedMutation';

function fakeDialog() {
  return shallowRef({ open: vi.fn(), close: vi.fn() });
}

describe('useConfirmedMutation', () => {
  it('asks about one row, runs its mutation once confirmed and closes the dialog', async () => {
    const dialog = fakeDialog();
    const flow = useConfirmedMutation<{ id: string }>(dialog);
    flow.ask({ id: 't1' });
    expect(dialog.value.open).toHaveBeenCalledOnce();
    expect(flow.target.value).toEqual({ id: 't1' });

    const done = vi.fn();
    const mutate = vi.fn(async (row: { id: string }) => ({ userErrors: [], revoked: row.id }));
    expect(await flow.confirm(mutate, done)).toBe(true);
    expect(mutate).toHaveBeenCalledWith({ id: 't1' });
    expect(done).toHaveBeenCalledWith({ id: 't1' }, { userErrors: [], revoked: 't1' });
    expect(dialog.value.close).toHaveBeenCalledOnce();
    expect(flow.busy.value).toBe(false);
    expect(flow.failure.value).toBeNull();
  });

  it('shows userErrors beside the list and keeps them until the next question', async () => {
    const dialog = fakeDialog();
    const flow = useConfirmedMutation<string>(dialog);
    flow.ask('c1');
    const done = vi.fn();
    const ok = await flow.confirm(
      async () => ({ userErrors: [{ message: 'Someone else changed this.' }, { message: 'Reload.' }] }),
      done,
    );
    expect(ok).toBe(false);
    expect(done).not.toHaveBeenCalled();
    expect(flow.failure.value).toBe('Someone else changed this. Reload.');
    expect(dialog.value.close).toHaveBeenCalledOnce();

    flow.ask('c2');
    expect(flow.failure.value).toBeNull();
  });

  it('says a failed request in words', async () => {
    const flow = useConfirmedMutation(fakeDialog());
    flow.ask();
    const ok = await flow.confirm(async () => {
      throw new GraphQLRequestError('offline', null, []);
    }, vi.fn());
    expect(ok).toBe(false);
    expect(flow.failure.value).toBe('PartnerHub could not be reached. Check your connection and try again.');
  });

  it('closes the dialog it opened when a list has two', async () => {
    const first = fakeDialog();
    const second = fakeDialog();
    const flow = useConfirmedMutation<string>(first);
    flow.ask('m1', second);
    await flow.confirm(async () => ({ userErrors: [] }), vi.fn());
    expect(second.value.open).toHaveBeenCalledOnce();
    expect(second.value.close).toHaveBeenCalledOnce();
    expect(first.value.open).not.toHaveBeenCalled();
    expect(first.value.close).not.toHaveBeenCalled();
  });

  it('does nothing before anything was asked', async () => {
    const mutate = vi.fn(async () => ({ userErrors: [] }));
    expect(await useConfirmedMutation(fakeDialog()).confirm(mutate, vi.fn())).toBe(false);
    expect(mutate).not.toHaveBeenCalled();
  });
});
